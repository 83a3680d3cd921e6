package org.masthead.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.media.Image;
import org.masthead.media.ImageStore;
import org.masthead.taxonomy.Section;
import org.masthead.taxonomy.Tag;

/** Lists of published stories for home, section, tag, author and archive pages, feeds and sitemaps. */
public final class ArticleLists {
    private static final RowMapper<ArticleRow> ROW = ConstructorMapper.of(ArticleRow.class);
    private final Jdbi jdbi;
    private final CommentCounts commentCounts;

    public ArticleLists(Jdbi jdbi, CommentCounts commentCounts) {
        this.jdbi = jdbi;
        this.commentCounts = commentCounts;
    }

    /** Page {@code number} (from 1) of the listing, newest first. */
    public Page<Teaser> page(Listing listing, int number, int size) {
        return jdbi.withHandle(h -> {
            long total = bind(h.createQuery("SELECT count(*) FROM articles a WHERE a.status = 'published' "
                    + listing.condition()), listing).mapTo(Long.class).one();
            List<ArticleRow> rows = bind(h.createQuery("SELECT " + ArticleStore.COLUMNS
                    + " FROM articles a WHERE a.status = 'published' " + listing.condition()
                    + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset"), listing)
                    .bind("limit", size).bind("offset", (long) (number - 1) * size)
                    .map(ROW).list();
            return new Page<>(teasers(h, rows), number, size, total);
        });
    }

    public List<Teaser> latest(Listing listing, int count) {
        return page(listing, 1, count).items();
    }

    /** Stories sharing the most tags with this one, newest first among equals; else the latest in its section. */
    public List<Teaser> related(Story story, int count) {
        return jdbi.withHandle(h -> {
            List<ArticleRow> rows = h.createQuery("SELECT " + ArticleStore.COLUMNS + """
                     FROM articles a JOIN article_tags t ON t.article_id = a.id
                    WHERE a.status = 'published' AND a.id <> :id
                      AND t.tag_id IN (SELECT tag_id FROM article_tags WHERE article_id = :id)
                    GROUP BY a.id ORDER BY count(*) DESC, a.published_at DESC LIMIT :count""")
                    .bind("id", story.id()).bind("count", count).map(ROW).list();
            if (rows.isEmpty() && !story.sections().isEmpty()) {
                rows = h.createQuery("SELECT " + ArticleStore.COLUMNS + """
                         FROM articles a JOIN article_categories c ON c.article_id = a.id
                        WHERE a.status = 'published' AND a.id <> :id AND c.category_id = :section
                        ORDER BY a.published_at DESC LIMIT :count""")
                        .bind("id", story.id()).bind("section", story.sections().getFirst().id())
                        .bind("count", count).map(ROW).list();
            }
            return teasers(h, rows);
        });
    }

    /** Every published article's path and last change, newest first, for sitemaps. */
    public List<SitemapEntry> sitemap(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT slug, title, language, published_at, updated_at FROM articles
                WHERE status = 'published' AND published_at >= :since ORDER BY published_at DESC""")
                .bind("since", since.toEpochMilli())
                .map((rs, ctx) -> new SitemapEntry(ArticlePaths.of(Instant.ofEpochMilli(rs.getLong("published_at")),
                        rs.getString("slug")), rs.getString("title"), rs.getString("language"),
                        Instant.ofEpochMilli(rs.getLong("published_at")), Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .list());
    }

    /** Tags on at least one published story: a tag used only by a draft must not give the draft away. */
    public List<Tag> tagsInUse() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT t.id, t.slug, t.name FROM tags t
                WHERE t.id IN (SELECT at.tag_id FROM article_tags at JOIN articles a ON a.id = at.article_id
                               WHERE a.status = 'published')
                ORDER BY t.slug""").map(ConstructorMapper.of(Tag.class)).list());
    }

    /** Staff with a byline on at least one published story, whose author pages are worth listing. */
    public List<StaffMember> bylines() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.id, s.email, s.name, s.slug, s.role, s.bio FROM staff s
                WHERE NOT s.disabled
                  AND s.id IN (SELECT aa.staff_id FROM article_authors aa JOIN articles a ON a.id = aa.article_id
                               WHERE a.status = 'published')
                ORDER BY s.slug""")
                .map((rs, ctx) -> new StaffMember(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                        rs.getString("slug"), Role.parse(rs.getString("role")), rs.getString("bio")))
                .list());
    }

    public record SitemapEntry(String path, String title, String language, Instant publishedAt, Instant updatedAt) {}

    private static Query bind(Query q, Listing listing) {
        q.bindMap(listing.values());
        if (!listing.ids().isEmpty()) q.bindList("ids", listing.ids());
        return q;
    }

    private List<Teaser> teasers(Handle h, List<ArticleRow> rows) {
        if (rows.isEmpty()) return List.of();
        ArticleStore store = h.attach(ArticleStore.class);
        List<Long> ids = rows.stream().map(ArticleRow::id).toList();
        Map<Long, List<StaffMember>> authors = authorsOf(store, ids);
        Map<Long, Section> sections = new HashMap<>();
        for (ArticleStore.SectionLink link : store.sections(ids)) sections.putIfAbsent(link.articleId(), link.section());
        Map<Long, Image> images = images(h, rows.stream().map(ArticleRow::featuredImageId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Integer> comments = commentCounts.counts(ids);
        List<Teaser> teasers = new ArrayList<>();
        for (ArticleRow r : rows) {
            teasers.add(new Teaser(r.id(), r.slug(), r.title(), r.dek(), Instant.ofEpochMilli(r.publishedAt()),
                    Instant.ofEpochMilli(r.updatedAt()), images.get(r.featuredImageId()), sections.get(r.id()),
                    authors.getOrDefault(r.id(), List.of()), comments.getOrDefault(r.id(), 0)));
        }
        return teasers;
    }

    static Map<Long, List<StaffMember>> authorsOf(ArticleStore store, Collection<Long> ids) {
        Map<Long, List<StaffMember>> byArticle = new LinkedHashMap<>();
        for (ArticleStore.AuthorLink a : store.authors(ids)) {
            byArticle.computeIfAbsent(a.articleId(), k -> new ArrayList<>())
                    .add(new StaffMember(a.id(), a.email(), a.name(), a.slug(), Role.parse(a.role()), a.bio()));
        }
        return byArticle;
    }

    private static Map<Long, Image> images(Handle h, Set<Long> ids) {
        Map<Long, Image> images = new HashMap<>();
        ImageStore store = h.attach(ImageStore.class);
        for (long id : ids) store.find(id).ifPresent(i -> images.put(id, i));
        return images;
    }
}
