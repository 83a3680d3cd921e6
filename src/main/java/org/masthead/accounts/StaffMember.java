package org.masthead.accounts;

/** A journalist, editor or other member of the newsroom; {@code slug} names their author page. */
public record StaffMember(long id, String email, String name, String slug, Role role, String bio) {}
