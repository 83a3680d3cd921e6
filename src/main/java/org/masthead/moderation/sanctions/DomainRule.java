package org.masthead.moderation.sanctions;

import java.time.Instant;

/** A rule for every email address at a domain and its subdomains; {@code shipped} for the built-in throwaway list. */
public record DomainRule(String domain, RuleAction action, String note, Instant createdAt, boolean shipped) {}
