package org.masthead.site;

import java.util.List;

/**
 * Who the site is, as every page shows it, and the reader-support appeal shown under each story.
 * {@code logo} is the address of the logo picture, empty for none; {@code menu} is the navigation an editor set,
 * empty to list the top-level sections.
 */
public record SiteIdentity(String name, String description, String language, Appeal appeal, String logo,
        List<MenuLink> menu) {
    public record Appeal(boolean enabled, String text, String link, String button) {}

    public record MenuLink(String label, String path) {}
}
