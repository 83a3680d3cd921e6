package org.masthead.accounts;

import static org.masthead.accounts.Permission.EDIT_ANY;
import static org.masthead.accounts.Permission.MANAGE_MEDIA;
import static org.masthead.accounts.Permission.MANAGE_TAXONOMY;
import static org.masthead.accounts.Permission.MANAGE_WORD_LISTS;
import static org.masthead.accounts.Permission.MODERATE_COMMENTS;
import static org.masthead.accounts.Permission.PUBLISH_ANY;
import static org.masthead.accounts.Permission.PUBLISH_OWN;
import static org.masthead.accounts.Permission.WRITE_DRAFTS;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a member of staff may do, checked on the server by every desk route (docs/ROLES.md has the table).
 * Each role of the newsroom's writing ladder includes the one below; the moderator only looks after comments.
 * Editors (and admins) set the comment section's word lists, as they set its editorial standards.
 */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    EDITOR(EnumSet.of(WRITE_DRAFTS, MANAGE_MEDIA, PUBLISH_OWN, EDIT_ANY, PUBLISH_ANY, MANAGE_TAXONOMY, MANAGE_WORD_LISTS)),
    AUTHOR(EnumSet.of(WRITE_DRAFTS, MANAGE_MEDIA, PUBLISH_OWN)),
    CONTRIBUTOR(EnumSet.of(WRITE_DRAFTS, MANAGE_MEDIA)),
    MODERATOR(EnumSet.of(MODERATE_COMMENTS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

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
