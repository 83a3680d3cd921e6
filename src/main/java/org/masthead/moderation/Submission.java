package org.masthead.moderation;

import java.time.Instant;
import java.util.Locale;

/**
 * A comment on its way in, as the phases see it. {@code readerId} is null for guests; {@code ipHash} and
 * {@code networkHash} are salted hashes of the sender's address and of its network ({@link Addresses}), empty when
 * unknown. {@code normalized} is computed once here (lower case, whitespace collapsed) so phases compare like with like.
 */
public record Submission(long articleId, String authorName, String authorEmail, Long readerId, String text,
        String ipHash, String networkHash, Instant at, String normalized) {

    public Submission(long articleId, String authorName, String authorEmail, Long readerId, String text, String ipHash,
            String networkHash, Instant at) {
        this(articleId, authorName, authorEmail, readerId, text, ipHash, networkHash, at,
                text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /** A guest's comment whose network is not known apart from its address hash. */
    public Submission(long articleId, String authorName, String authorEmail, String text, String ipHash, Instant at) {
        this(articleId, authorName, authorEmail, null, text, ipHash, "", at);
    }

    /** The email as compared everywhere: without surrounding space, in lower case. */
    public String email() {
        return authorEmail == null ? "" : authorEmail.strip().toLowerCase(Locale.ROOT);
    }
}
