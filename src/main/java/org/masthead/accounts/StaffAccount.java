package org.masthead.accounts;

/** A member of staff as the users list shows them: disabled, or invited and not yet signed up (no password). */
public record StaffAccount(StaffMember member, boolean disabled, boolean invited) {}
