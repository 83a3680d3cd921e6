package org.masthead.moderation.sanctions;

import java.util.Locale;

/**
 * What a rule for an email domain or a network address does: refuse the comment, hold it for a moderator, or (for
 * domains only) let it through although the shipped list of throwaway-mail domains names the domain.
 */
public enum RuleAction {
    BLOCK, HOLD, ALLOW;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RuleAction parse(String id) {
        for (RuleAction a : values()) if (a.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) return a;
        throw new IllegalArgumentException("unknown rule action '" + id + "' (block, hold or allow)");
    }
}
