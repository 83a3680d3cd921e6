package org.masthead.feeds;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.Articles;
import org.masthead.comments.CommentThreads;
import org.masthead.comments.PublishedComment;
import org.masthead.web.BadInput;
import org.masthead.web.Frames;

/** Feeds of readers' comments: the newest on the whole site, and the newest under one article. */
public final class CommentFeeds {
    static final int SITE_ENTRIES = 30;
    static final int ARTICLE_ENTRIES = 50;
    private static final DateTimeFormatter TAG_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private final CommentThreads comments;
    private final Articles articles;
    private final Frames frames;
    private final Clock clock;

    public CommentFeeds(CommentThreads comments, Articles articles, Frames frames, Clock clock) {
        this.comments = comments;
        this.articles = articles;
        this.frames = frames;
        this.clock = clock;
    }

    Feed site() {
        String page = frames.baseUrl() + "/comments/";
        Map<Long, ArticleRef> refs = new HashMap<>();
        List<FeedEntry> entries = comments.latest(SITE_ENTRIES).stream()
                .map(c -> entry(c, refs.computeIfAbsent(c.articleId(), id -> articles.ref(id).orElseThrow())))
                .toList();
        Set<String> deps = new HashSet<>(Set.of("comments"));
        refs.keySet().forEach(id -> deps.add("article:" + id)); // entry titles name the article
        return feed("Comments on " + frames.site().name(), "The latest comments from our readers.",
                frames.baseUrl() + "/", page, entries, deps);
    }

    /** The comments feed of the article at {@code path}; 404 unless it is published and shows its comments. */
    Feed article(String path, String slug) {
        ArticleRef article = articles.refBySlug(slug).filter(a -> a.published() && a.path().equals(path))
                .orElseThrow(() -> new BadInput(404, "There is no such article."));
        if (article.commentsMode() == org.masthead.articles.CommentsMode.HIDDEN) {
            throw new BadInput(404, "This article shows no comments.");
        }
        long articleId = article.id();
        List<FeedEntry> entries = comments.latestOn(articleId, ARTICLE_ENTRIES).stream().map(c -> entry(c, article)).toList();
        String page = frames.baseUrl() + article.path();
        return feed("Comments on “" + article.title() + "”", "Readers' comments on “" + article.title() + "”.",
                page, page, entries, Set.of("comments:" + articleId, "article:" + articleId));
    }

    private Feed feed(String title, String description, String pageUrl, String feedBase, List<FeedEntry> entries,
            Set<String> deps) {
        Instant updated = entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElseGet(clock::instant);
        return new Feed(title, description, frames.site().language(), pageUrl, feedBase + "feed/",
                feedBase + "feed/atom/", updated, entries, deps);
    }

    private FeedEntry entry(PublishedComment c, ArticleRef article) {
        String base = frames.baseUrl();
        String text = c.body().text();
        return new FeedEntry("tag:" + URI.create(base).getHost() + "," + TAG_DATE.format(c.createdAt()) + ":comment/" + c.id(),
                base + "/comments/" + c.id() + "/", c.authorName() + " on “" + article.title() + "”",
                text.length() > 300 ? text.substring(0, 300) + " …" : text, c.body().html(), frames.site().language(),
                c.createdAt(), c.updatedAt(), List.of(new FeedEntry.Person(c.authorName(), null)), List.of(), null);
    }
}
