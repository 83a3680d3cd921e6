package org.masthead.moderation.sanctions;

import java.time.Instant;
import java.util.Locale;

/**
 * A measure against one commenter, imposed by a moderator: a ban, a suspension until {@code endsAt}, or "always
 * pre-moderate" (every comment waits for a moderator). It ends when lifted or when its time is up; ended ones stay
 * on record as the reader's history.
 */
public record Sanction(long id, Long readerId, String email, String addressHash, Kind kind, String reason,
        String imposedBy, Instant createdAt, Instant endsAt, Instant liftedAt, String liftedBy) {

    public enum Kind {
        BAN, SUSPEND, PREMODERATE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String id) {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        }
    }

    public boolean activeAt(Instant at) {
        return liftedAt == null && (endsAt == null || at.isBefore(endsAt));
    }

    /** Whether it names this reader or email (not merely the same network address). */
    public boolean concerns(Long otherReaderId, String otherEmail) {
        return readerId != null && readerId.equals(otherReaderId)
                || email != null && otherEmail != null && email.equalsIgnoreCase(otherEmail.strip());
    }
}
