package org.masthead.web;

import org.masthead.site.SiteSettings;
import org.masthead.taxonomy.Taxonomy;

/** Builds the {@link Frame} of a page from the site's settings and sections. */
public final class Frames {
    private final SiteSettings settings;
    private final Taxonomy taxonomy;
    private final Assets assets;
    private final String baseUrl;

    public Frames(SiteSettings settings, Taxonomy taxonomy, Assets assets, String baseUrl) {
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.assets = assets;
        this.baseUrl = baseUrl;
    }

    public Frame of(Meta meta) {
        return new Frame(settings.identity(), taxonomy.topLevelSections(), baseUrl, assets, meta);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public org.masthead.site.SiteIdentity site() {
        return settings.identity();
    }
}
