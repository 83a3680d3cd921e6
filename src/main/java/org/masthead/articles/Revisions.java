package org.masthead.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.masthead.accounts.StaffMember;

/**
 * Every save of an article, kept: the Markdown to compare two of them, and the whole form to restore one.
 * Autosaves do not pile up: an autosave by the same person right after another replaces it.
 */
public final class Revisions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Jdbi jdbi;

    public Revisions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public enum Kind {
        SAVE, AUTOSAVE, RESTORE;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who saves, and how; {@code by} is null for saves without a person (demo, imports). */
    public record Saving(StaffMember by, Kind kind) {
        public static Saving by(StaffMember member) {
            return new Saving(member, Kind.SAVE);
        }
    }

    /** What a revision restores: everything a journalist writes, but not status, time or address. */
    public record Content(String title, String dek, String bodyMarkdown, String language, String editorCredit,
            List<String> authorSlugs, List<String> sectionSlugs, List<String> tags, Long featuredImageId,
            List<String> notes) {

        static Content of(ArticleDraft d) {
            return new Content(d.title(), d.dek(), d.bodyMarkdown(), d.language(), d.editorCredit(), d.authorSlugs(),
                    d.sectionSlugs(), d.tags(), d.featuredImageId(), d.notes());
        }

        ArticleDraft toDraft(String slug, ArticleStatus status, Instant publishedAt) {
            return new ArticleDraft(title, dek, slug, bodyMarkdown, language, editorCredit, authorSlugs, sectionSlugs,
                    tags, featuredImageId, notes, status, publishedAt);
        }
    }

    /** One line of the list of revisions. */
    public record Summary(int number, String kind, String title, String savedBy, long savedAt) {
        public Instant at() {
            return Instant.ofEpochMilli(savedAt);
        }
    }

    public record Revision(int number, String title, String bodyMarkdown) {}

    public List<Summary> of(long articleId) {
        return jdbi.withExtension(Store.class, s -> s.summaries(articleId));
    }

    public Optional<Revision> find(long articleId, int number) {
        return jdbi.withExtension(Store.class, s -> s.find(articleId, number));
    }

    static Optional<Content> content(Jdbi jdbi, long articleId, int number) {
        return jdbi.withExtension(Store.class, s -> s.content(articleId, number)).map(Revisions::read);
    }

    /** Called inside the transaction that saves the article, so an article is never saved without its revision. */
    static void keep(Handle h, long articleId, ArticleDraft draft, Saving saving, long now) {
        Store store = h.attach(Store.class);
        Long by = saving.by() == null ? null : saving.by().id();
        String content = write(Content.of(draft));
        if (saving.kind() == Kind.AUTOSAVE) {
            var last = store.last(articleId);
            if (last.isPresent() && last.get().kind().equals(Kind.AUTOSAVE.id()) && java.util.Objects.equals(last.get().savedBy(), by)) {
                store.replace(last.get().id(), draft.title(), draft.bodyMarkdown(), content, now);
                return;
            }
        }
        store.insert(articleId, saving.kind().id(), draft.title(), draft.bodyMarkdown(), content, by, now);
    }

    private static String write(Content content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Content read(String json) {
        try {
            return JSON.readValue(json, Content.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable revision", e);
        }
    }

    public interface Store {
        record Last(long id, String kind, Long savedBy) {}

        @SqlQuery("SELECT id, kind, saved_by FROM article_revisions WHERE article_id = :articleId ORDER BY number DESC LIMIT 1")
        @RegisterConstructorMapper(Last.class)
        Optional<Last> last(long articleId);

        @SqlUpdate("""
                INSERT INTO article_revisions (article_id, number, kind, title, body_markdown, content, saved_by, saved_at)
                VALUES (:articleId, (SELECT coalesce(max(number), 0) + 1 FROM article_revisions WHERE article_id = :articleId),
                        :kind, :title, :body, :content, :savedBy, :now)""")
        void insert(long articleId, String kind, String title, String body, String content, Long savedBy, long now);

        @SqlUpdate("UPDATE article_revisions SET title = :title, body_markdown = :body, content = :content, saved_at = :now WHERE id = :id")
        void replace(long id, String title, String body, String content, long now);

        @SqlQuery("""
                SELECT r.number, r.kind, r.title, coalesce(s.name, '') AS saved_by, r.saved_at
                FROM article_revisions r LEFT JOIN staff s ON s.id = r.saved_by
                WHERE r.article_id = :articleId ORDER BY r.number DESC""")
        @RegisterConstructorMapper(Summary.class)
        List<Summary> summaries(long articleId);

        @SqlQuery("SELECT number, title, body_markdown FROM article_revisions WHERE article_id = :articleId AND number = :number")
        @RegisterConstructorMapper(Revision.class)
        Optional<Revision> find(long articleId, int number);

        @SqlQuery("SELECT content FROM article_revisions WHERE article_id = :articleId AND number = :number")
        Optional<String> content(long articleId, int number);
    }
}
