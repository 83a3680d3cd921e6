package org.masthead.moderation.sanctions;

import java.util.Locale;

/**
 * Whom a sanction is for: a reader account, an email address, or both (a moderator banning the writer of a comment
 * knows both). {@code addressHash}, when known, is the hashed network address the comment came from: a later comment
 * from it by someone else is held as a possible ban evasion, never refused on that alone.
 */
public record Commenter(Long readerId, String email, String addressHash) {
    public Commenter {
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        addressHash = addressHash == null || addressHash.isBlank() ? null : addressHash;
        if (readerId == null && email == null) throw new IllegalArgumentException("a sanction needs a reader or an email address");
    }

    public static Commenter reader(long readerId) {
        return new Commenter(readerId, null, null);
    }

    public static Commenter email(String email) {
        return new Commenter(null, email, null);
    }
}
