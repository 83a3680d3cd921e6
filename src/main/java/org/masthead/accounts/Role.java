package org.masthead.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a member of staff may do; enforced per route by the desk (a later issue). */
public enum Role {
    ADMIN, EDITOR, AUTHOR, CONTRIBUTOR, MODERATOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role r : values()) if (r.id().equalsIgnoreCase(text.trim())) return r;
        throw new IllegalArgumentException("unknown role '" + text + "'; choose one of " + choices());
    }

    public static String choices() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
}
