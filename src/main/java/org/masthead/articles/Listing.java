package org.masthead.articles;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which published articles a list page shows: all, a section (with its subsections), a tag, an author,
 * or a date range. The SQL conditions are fixed text; only the bound values vary.
 */
public record Listing(String condition, Map<String, Object> values, List<Long> ids) {

    public static Listing all() {
        return new Listing("", Map.of(), List.of());
    }

    /** Articles pinned to the top of the front page. */
    public static Listing pinned() {
        return new Listing("AND a.pinned", Map.of(), List.of());
    }

    public static Listing sections(List<Long> sectionIds) {
        return new Listing("AND a.id IN (SELECT article_id FROM article_categories WHERE category_id IN (<ids>))",
                Map.of(), sectionIds);
    }

    public static Listing tag(long tagId) {
        return new Listing("AND a.id IN (SELECT article_id FROM article_tags WHERE tag_id = :tagId)",
                Map.of("tagId", tagId), List.of());
    }

    public static Listing author(long staffId) {
        return new Listing("AND a.id IN (SELECT article_id FROM article_authors WHERE staff_id = :staffId)",
                Map.of("staffId", staffId), List.of());
    }

    public static Listing between(Instant from, Instant until) {
        return new Listing("AND a.published_at >= :from AND a.published_at < :until",
                Map.of("from", from.toEpochMilli(), "until", until.toEpochMilli()), List.of());
    }
}
