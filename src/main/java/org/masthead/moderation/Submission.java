package org.masthead.moderation;

import java.time.Instant;
import java.util.Locale;

/**
 * A comment on its way in, as the phases see it. {@code normalized} is computed once here (lower case,
 * whitespace collapsed) so phases compare like with like.
 */
public record Submission(long articleId, String authorName, String authorEmail, String text, String ipHash,
        Instant at, String normalized) {

    public Submission(long articleId, String authorName, String authorEmail, String text, String ipHash, Instant at) {
        this(articleId, authorName, authorEmail, text, ipHash, at,
                text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
