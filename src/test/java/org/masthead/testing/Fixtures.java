package org.masthead.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.masthead.Newsroom;
import org.masthead.accounts.Role;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;

/** Small, readable content for tests that need a story or two without the whole demo. */
public final class Fixtures {
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
        return newsroom.articles.create(draft(title, body, ArticleStatus.PUBLISHED,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
    }
}
