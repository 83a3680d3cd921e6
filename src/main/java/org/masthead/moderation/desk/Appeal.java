package org.masthead.moderation.desk;

import java.time.Instant;

/** An author's request for a second look at their rejected comment; {@code outcome}: open, upheld or reinstated. */
public record Appeal(long id, long commentId, String body, String outcome, long createdAt, Long decidedAt,
        String decidedBy) {
    public boolean open() {
        return outcome.equals("open");
    }

    public Instant at() {
        return Instant.ofEpochMilli(createdAt);
    }
}
