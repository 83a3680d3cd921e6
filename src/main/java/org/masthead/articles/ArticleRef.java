package org.masthead.articles;

import java.time.Instant;

/** The little other features need to know about an article: where it is, whether it is public, its comments mode. */
public record ArticleRef(long id, String title, String path, boolean published, Instant publishedAt,
        CommentsMode commentsMode) {}
