package org.masthead.desk;

import static org.masthead.accounts.Permission.MANAGE_MEDIA;
import static org.masthead.accounts.Permission.MANAGE_SETTINGS;
import static org.masthead.accounts.Permission.MANAGE_TAXONOMY;
import static org.masthead.accounts.Permission.MANAGE_USERS;
import static org.masthead.accounts.Permission.MANAGE_WORD_LISTS;
import static org.masthead.accounts.Permission.MODERATE_COMMENTS;
import static org.masthead.accounts.Permission.VIEW_AUDIT_LOG;
import static org.masthead.accounts.Permission.WRITE_DRAFTS;

import java.util.List;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.web.Assets;

/**
 * What desk/layout.jte needs besides the page's own content: the title, the signed-in member (null on the sign-in
 * pages), the form token, and the path, to mark the current section of the navigation.
 */
public record DeskFrame(String title, String siteName, Assets assets, StaffMember member, String csrfToken,
        String path) {

    /** A link of the desk's navigation. */
    public record NavLink(String label, String href, Permission permission) {}

    /** The desk's sections, in the order the navigation shows them; each feature serves its own. */
    public static final List<NavLink> SECTIONS = List.of(
            new NavLink("Articles", "/desk/articles/", WRITE_DRAFTS),
            new NavLink("Media", "/desk/media/", MANAGE_MEDIA),
            new NavLink("Sections & tags", "/desk/taxonomy/", MANAGE_TAXONOMY),
            new NavLink("Comments", "/desk/moderation/", MODERATE_COMMENTS),
            new NavLink("Word lists", "/desk/moderation/word-lists/", MANAGE_WORD_LISTS),
            new NavLink("Users", "/desk/users/", MANAGE_USERS),
            new NavLink("Settings", "/desk/settings/", MANAGE_SETTINGS),
            new NavLink("Audit log", "/desk/audit/", VIEW_AUDIT_LOG));

    /** The sections this member's role may use: the others are not even shown. */
    public List<NavLink> navigation() {
        if (member == null) return List.of();
        return SECTIONS.stream().filter(link -> member.role().may(link.permission())).toList();
    }

    /** Whether the page is in this link's section: the longest matching link wins (word lists lie under comments). */
    public boolean current(NavLink link) {
        if (!path.startsWith(link.href())) return false;
        return SECTIONS.stream().noneMatch(other -> other.href().length() > link.href().length()
                && other.href().startsWith(link.href()) && path.startsWith(other.href()));
    }

    public String pageTitle() {
        return title + " – Desk – " + siteName;
    }
}
