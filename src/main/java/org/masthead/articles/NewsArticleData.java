package org.masthead.articles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.site.SiteIdentity;
import org.masthead.web.Dates;
import org.masthead.web.JsonLd;

/** schema.org NewsArticle structured data for an article page. */
final class NewsArticleData {
    private NewsArticleData() {}

    static JsonLd of(Story story, SiteIdentity site, String baseUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", story.title());
        if (!story.dek().isEmpty()) data.put("description", story.dek());
        data.put("mainEntityOfPage", baseUrl + story.path());
        data.put("url", baseUrl + story.path());
        data.put("datePublished", Dates.iso(story.publishedAt()));
        data.put("dateModified", Dates.iso(story.updatedAt()));
        data.put("inLanguage", story.language());
        if (story.image() != null) data.put("image", List.of(baseUrl + story.image().largestUrl()));
        data.put("author", story.authors().stream().map(a -> Map.of("@type", "Person", "name", a.name(),
                "url", baseUrl + "/author/" + a.slug() + "/")).toList());
        if (!story.sections().isEmpty()) data.put("articleSection", story.sections().getFirst().name());
        if (!story.tags().isEmpty()) data.put("keywords", story.tags().stream().map(t -> t.name()).toList());
        data.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", site.name(), "url", baseUrl + "/"));
        return JsonLd.of(data);
    }
}
