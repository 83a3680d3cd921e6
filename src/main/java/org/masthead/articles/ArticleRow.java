package org.masthead.articles;

/** One row of the articles table, as stored (instants in epoch milliseconds). */
public record ArticleRow(long id, String slug, String title, String dek, String bodyMarkdown, String bodyHtml,
        String status, String language, String editorCredit, Long featuredImageId, Long publishedAt, long updatedAt, String commentsMode) {}
