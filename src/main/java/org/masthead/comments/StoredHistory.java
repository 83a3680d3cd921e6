package org.masthead.comments;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.masthead.moderation.CommenterHistory;

/**
 * What moderation may ask about a commenter's past, answered from the stored comments: so limits hold across
 * restarts and across the nodes of a cluster. Plain statements, like {@link PostingStatements}: every post asks.
 * Inside a post they run on the post's own handle (JDBI hands a thread the handle it already has open).
 */
final class StoredHistory implements CommenterHistory {
    private final Jdbi jdbi;

    StoredHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int commentsFromAddressSince(String ipHash, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM comments WHERE ip_hash = :ipHash AND created_at >= :since")
                .bind("ipHash", ipHash).bind("since", since.toEpochMilli()).mapTo(Integer.class).one());
    }

    @Override
    public int commentsFromEmailSince(String email, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM comments WHERE author_email = :email AND created_at >= :since")
                .bind("email", email).bind("since", since.toEpochMilli()).mapTo(Integer.class).one());
    }

    @Override
    public boolean sameTextSince(long articleId, String email, String text, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) > 0 FROM comments WHERE author_email = :email AND article_id = :articleId
                           AND created_at >= :since AND body_text = :text""")
                .bind("email", email).bind("articleId", articleId).bind("since", since.toEpochMilli()).bind("text", text)
                .mapTo(Boolean.class).one());
    }

    @Override
    public int approvedComments(String email) {
        // Held by the pipeline, published since: a moderator approved it.
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM comments WHERE author_email = :email AND status = 'published'
                           AND moderation_decision = 'review'""")
                .bind("email", email).mapTo(Integer.class).one());
    }
}
