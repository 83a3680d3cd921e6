package org.masthead.comments;

/** One stored comment (instants in epoch milliseconds). */
public record CommentRow(long id, long articleId, Long parentId, long threadId, String path, int depth,
        String authorName, String authorEmail, Long readerId, String bodyText, String bodyHtml, String status,
        String ownerKeyHash, boolean notifyReplies, int likeCount, long createdAt, Long editedAt) {

    public boolean isPublished() {
        return status.equals("published");
    }
}
