package org.masthead.moderation.desk;

import java.time.Instant;

/** One thing a moderator did: approve, reject, ban, suspend, pre-moderate, lift, note, uphold, reinstate. */
public record ModeratorAction(long id, Long commentId, String readerEmail, String action, String reason, String detail,
        String staffName, long createdAt) {

    public Instant at() {
        return Instant.ofEpochMilli(createdAt);
    }

    /** The rejection reason's label for moderators, or the stored code if the list changed since. */
    public String reasonLabel() {
        return RejectionReason.byCode(reason).map(r -> r.label).orElse(reason);
    }
}
