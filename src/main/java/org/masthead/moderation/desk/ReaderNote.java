package org.masthead.moderation.desk;

import java.time.Instant;

/** A moderator's note on a reader, for other moderators ("warned twice about insults"). */
public record ReaderNote(long id, String readerEmail, String body, String staffName, long createdAt) {
    public Instant at() {
        return Instant.ofEpochMilli(createdAt);
    }
}
