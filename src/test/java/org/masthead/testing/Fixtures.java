package org.masthead.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.masthead.Newsroom;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.taxonomy.Section;
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

    public StaffMember reporter(String name) {
        String local = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
        return newsroom.staff.add(local + "@example.org", name, Role.AUTHOR, null, "");
    }

    /** A section; {@code parentSlug} null for a top-level one. */
    public Section section(String slug, String name, String parentSlug) {
        return newsroom.taxonomy.addSection(slug, name, parentSlug, "");
    }

    public static ArticleDraft draft(String title, String body, ArticleStatus status, Instant publishedAt) {
        return article(title).body(body).status(status).publishedAt(publishedAt).build();
    }

    /** Published an hour ago (by the newsroom's clock), by Ada in News, tagged "testing". */
    public long publish(String title, String body) {
        return publish(article(title).body(body));
    }

    /** Creates the article; a draft without a publication time is published an hour ago by the newsroom's clock. */
    public long publish(Draft draft) {
        if (draft.publishedAt == null) draft.publishedAt(anHourAgo());
        return newsroom.articles.create(draft.build());
    }

    public Instant anHourAgo() {
        return newsroom.clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** An article to adjust before creating it: {@code article("Title").tags("port").sections("city")}. */
    public static Draft article(String title) {
        return new Draft(title);
    }

    /** An {@link ArticleDraft} with defaults: by Ada, in News, tagged "testing", published. */
    public static final class Draft {
        private final String title;
        private String dek;
        private String slug = "";
        private String body = "A first paragraph.\n\nA second paragraph.";
        private String editor = "A. N. Editor";
        private List<String> authors = List.of("ada-reporter");
        private List<String> sections = List.of("news");
        private List<String> tags = List.of("testing");
        private List<String> notes = List.of();
        private Long imageId;
        private ArticleStatus status = ArticleStatus.PUBLISHED;
        private Instant publishedAt;

        private Draft(String title) {
            this.title = title;
            this.dek = "A standfirst for " + title;
        }

        public Draft dek(String value) { dek = value; return this; }
        public Draft slug(String value) { slug = value; return this; }
        public Draft body(String value) { body = value; return this; }
        public Draft editor(String value) { editor = value; return this; }
        public Draft authors(String... slugs) { authors = List.of(slugs); return this; }
        public Draft sections(String... slugs) { sections = List.of(slugs); return this; }
        public Draft tags(String... names) { tags = List.of(names); return this; }
        public Draft notes(String... texts) { notes = List.of(texts); return this; }
        public Draft image(long id) { imageId = id; return this; }
        public Draft status(ArticleStatus value) { status = value; return this; }
        public Draft publishedAt(Instant value) { publishedAt = value; return this; }

        public ArticleDraft build() {
            return new ArticleDraft(title, dek, slug, body, "en", editor, authors, sections, tags, imageId, notes,
                    status, publishedAt);
        }

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
