package org.masthead.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.masthead.articles.ArticleLists;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.Articles;
import org.masthead.articles.Teaser;
import java.util.HashSet;
import org.masthead.web.Frames;

/** Builds the feed of a {@link Channel}: its latest published stories, whole. */
public final class Feeds {
    static final int ENTRIES = 20;
    private final ArticleLists lists;
    private final Articles articles;
    private final Frames frames;
    private final FeedEntries entries;
    private final Clock clock;

    public Feeds(ArticleLists lists, Articles articles, Frames frames, Clock clock) {
        this.lists = lists;
        this.articles = articles;
        this.frames = frames;
        this.entries = new FeedEntries(frames.baseUrl());
        this.clock = clock;
    }

    Feed of(Channel channel) {
        // One story at a time (a handful of queries each) is fine here: a feed is built once per content change
        // and then served from the page cache.
        List<Teaser> teasers = lists.latest(channel.listing(), ENTRIES);
        List<FeedEntry> stories = teasers.stream()
                .map(teaser -> articles.story(teaser.id())
                        .filter(story -> story.status() == ArticleStatus.PUBLISHED) // unpublished since the list was read
                        .map(story -> entries.of(story, teaser.comments())).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        Set<String> deps = new HashSet<>(Teaser.countKeys(teasers));
        deps.add(channel.dependency());
        Instant updated = stories.stream().map(FeedEntry::updated).max(Instant::compareTo).orElseGet(clock::instant);
        String page = frames.baseUrl() + channel.pagePath();
        return new Feed(channel.title(), channel.description(), frames.site().language(), page, page + "feed/",
                page + "feed/atom/", updated, stories, deps);
    }
}
