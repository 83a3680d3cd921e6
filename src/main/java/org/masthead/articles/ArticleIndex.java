package org.masthead.articles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.masthead.accounts.StaffMember;

/** The desk's list of every article, whatever its status, filtered and searched by title, newest change first. */
public final class ArticleIndex {
    private final Jdbi jdbi;

    public ArticleIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Empty texts and zero ids mean "any". {@code query} is matched anywhere in the headline, ignoring case. */
    public record Filter(String status, long sectionId, long authorId, String query) {}

    public record Entry(long id, String title, ArticleStatus status, Instant publishedAt, Instant updatedAt,
            List<StaffMember> authors) {}

    private record Row(long id, String title, String status, Long publishedAt, long updatedAt) {}

    private static final String WHERE = """
            FROM articles a
            WHERE (:status = '' OR a.status = :status)
              AND (:sectionId = 0 OR EXISTS (SELECT 1 FROM article_categories ac
                                              WHERE ac.article_id = a.id AND ac.category_id = :sectionId))
              AND (:authorId = 0 OR EXISTS (SELECT 1 FROM article_authors aa
                                             WHERE aa.article_id = a.id AND aa.staff_id = :authorId))
              AND lower(a.title) LIKE :pattern ESCAPE '!'
            """;

    public Page<Entry> find(Filter f, int page, int size) {
        String pattern = "%" + f.query().strip().toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT count(*) " + WHERE)
                    .bind("status", f.status()).bind("sectionId", f.sectionId()).bind("authorId", f.authorId())
                    .bind("pattern", pattern).mapTo(Long.class).one();
            List<Row> rows = h.createQuery("SELECT a.id, a.title, a.status, a.published_at, a.updated_at " + WHERE
                            + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                    .bind("status", f.status()).bind("sectionId", f.sectionId()).bind("authorId", f.authorId())
                    .bind("pattern", pattern).bind("limit", size).bind("offset", (page - 1) * size)
                    .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4) == null ? null : rs.getLong(4), rs.getLong(5))).list();
            Map<Long, List<StaffMember>> authors = rows.isEmpty() ? Map.of()
                    : ArticleLists.authorsOf(h.attach(ArticleStore.class), rows.stream().map(Row::id).toList());
            List<Entry> entries = rows.stream().map(r -> new Entry(r.id(), r.title(), ArticleStatus.of(r.status()),
                    r.publishedAt() == null ? null : Instant.ofEpochMilli(r.publishedAt()), Instant.ofEpochMilli(r.updatedAt()),
                    authors.getOrDefault(r.id(), List.of()))).toList();
            return new Page<>(entries, page, size, total);
        });
    }
}
