package org.masthead.site;

/** Who the site is, as every page shows it, and the reader-support appeal shown under each story. */
public record SiteIdentity(String name, String description, String language, Appeal appeal) {
    public record Appeal(boolean enabled, String text, String link, String button) {}
}
