package org.masthead.moderation.phases;

import java.time.Duration;
import java.util.Optional;
import org.masthead.moderation.CommenterHistory;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationLimits;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;

/**
 * Refuses a burst of comments from one network address or one email address. Counted from the stored
 * comments, so the limit holds across restarts and across every node of a cluster. A limit of 0 is no limit
 * (behind a proxy that hides readers' addresses, every reader has the same one).
 */
public final class RateLimit implements Phase {
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private final CommenterHistory history;
    private final ModerationLimits limits;

    public RateLimit(CommenterHistory history, ModerationLimits limits) {
        this.history = history;
        this.limits = limits;
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        var since = s.at().minus(WINDOW);
        if (limits.perAddressPerMinute() > 0 && !s.ipHash().isEmpty()
                && history.commentsFromAddressSince(s.ipHash(), since) >= limits.perAddressPerMinute()) {
            return Optional.of(new Decision.Reject(new Reason("rate-limit", "address",
                    "Too many comments from your network in the last minute. Please wait a minute and try again.")));
        }
        if (limits.perEmailPerMinute() > 0
                && history.commentsFromEmailSince(s.authorEmail().strip(), since) >= limits.perEmailPerMinute()) {
            return Optional.of(new Decision.Reject(new Reason("rate-limit", "email",
                    "You have posted several comments in the last minute. Please wait a minute and try again.")));
        }
        return Optional.empty();
    }
}
