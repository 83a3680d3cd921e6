package org.masthead.moderation;

import java.time.Instant;

/** What phases may ask about earlier comments; read-only, so a dry run changes nothing. */
public interface CommenterHistory {
    int commentsFromAddressSince(String ipHash, Instant since);

    int commentsFromEmailSince(String email, Instant since);

    boolean sameTextSince(long articleId, String email, String text, Instant since);

    /** Comments from this email address that were held and then approved by a moderator: the measure of trust. */
    int approvedComments(String email);
}
