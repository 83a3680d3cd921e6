package org.masthead.comments;

/**
 * A comment as submitted by a form or the JSON API. {@code ownerKey} is the browser's secret that lets it edit
 * and delete its own comments; {@code ipAddress} is hashed before anything keeps it.
 */
public record NewComment(long articleId, Long parentId, String name, String email, String text, boolean notifyReplies,
        String ipAddress, String ownerKey, Long readerId) {}
