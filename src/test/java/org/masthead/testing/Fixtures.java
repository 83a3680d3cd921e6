package org.masthead.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.masthead.Newsroom;
import org.masthead.accounts.Role;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.comments.NewComment;

/** Small, readable content for tests that need a story or two without the whole demo. */
public final class Fixtures {
    private static final AtomicInteger counter = new AtomicInteger();
    private final Newsroom newsroom;

    public Fixtures(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    /** A reporter "Ada Reporter" (slug ada-reporter) and a section "News" (slug news); call once per server. */
    public Fixtures basics() {
        newsroom.staff.add("ada@example.org", "Ada Reporter", Role.AUTHOR, null, "Ada covers the city.");
        newsroom.taxonomy.addSection("news", "News", null, "");
        return this;
    }

    public static ArticleDraft draft(String title, String body, ArticleStatus status, Instant publishedAt) {
        return new ArticleDraft(title, "A standfirst for " + title, "", body, "en", "A. N. Editor",
                List.of("ada-reporter"), List.of("news"), List.of("testing"), null, List.of(), status, publishedAt);
    }

    public long publish(String title, String body) {
        return publishAt(title, body, newsroom.clock.instant().minus(1, ChronoUnit.HOURS));
    }

    public long publishAt(String title, String body, Instant publishedAt) {
        return newsroom.articles.create(draft(title, body, ArticleStatus.PUBLISHED, publishedAt.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** The article's public address. */
    public String path(long articleId) {
        return newsroom.articles.ref(articleId).orElseThrow().path();
    }

    /**
     * A published comment through the real API, as if from a reader with no network address; each gets its own email
     * so the rate limits do not count them together. Returns its id.
     */
    public long comment(long articleId, Long parentId, String name, String text) {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "+" + counter.incrementAndGet()
                + "@example.org";
        var posted = newsroom.comments.post(new NewComment(articleId, parentId, name, email, text, false, null, null, null));
        if (!posted.verdict().published()) throw new IllegalStateException("not published: " + posted.verdict());
        return posted.comment().id();
    }

    /** Rows in the comments table, whatever their status: to prove a refusal stored nothing. */
    public int storedComments() {
        return newsroom.database.jdbi().withHandle(h ->
                h.createQuery("SELECT count(*) FROM comments").mapTo(Integer.class).one());
    }
}
