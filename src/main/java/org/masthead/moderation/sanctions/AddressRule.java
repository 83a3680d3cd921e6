package org.masthead.moderation.sanctions;

import java.time.Instant;

/**
 * A rule for comments from one network address or from its whole network ({@code network} true), known only by the
 * salted hash (see moderation.Addresses). Ends when lifted or at {@code endsAt}.
 */
public record AddressRule(long id, String hash, boolean network, RuleAction action, String note, Instant createdAt,
        Instant endsAt, Instant liftedAt) {

    public boolean activeAt(Instant at) {
        return liftedAt == null && (endsAt == null || at.isBefore(endsAt));
    }
}
