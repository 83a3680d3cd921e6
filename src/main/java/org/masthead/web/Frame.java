package org.masthead.web;

import java.util.List;
import org.masthead.site.SiteIdentity;
import org.masthead.taxonomy.Section;

/** Everything the shared page layout needs besides the page's own content. */
public record Frame(SiteIdentity site, List<Section> navigation, String baseUrl, Assets assets, Meta meta) {

    /** The navigation menu: the one an editor set, or else the top-level sections. */
    public List<SiteIdentity.MenuLink> menu() {
        if (!site.menu().isEmpty()) return site.menu();
        return navigation.stream().map(s -> new SiteIdentity.MenuLink(s.name(), s.path())).toList();
    }

    public String absolute(String path) {
        return baseUrl + path;
    }

    public String pageTitle() {
        return meta.title().isEmpty() ? site.name() : meta.title() + " – " + site.name();
    }
}
