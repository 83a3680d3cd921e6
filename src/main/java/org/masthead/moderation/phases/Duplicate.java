package org.masthead.moderation.phases;

import java.time.Duration;
import java.util.Optional;
import org.masthead.moderation.CommenterHistory;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;

/** Refuses the same text from the same person under the same article within a day (double posts, copy-paste floods). */
public final class Duplicate implements Phase {
    private static final Duration WINDOW = Duration.ofDays(1);
    private final CommenterHistory history;

    public Duplicate(CommenterHistory history) {
        this.history = history;
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        if (history.sameTextSince(s.articleId(), s.authorEmail().strip(), s.text().strip(), s.at().minus(WINDOW))) {
            return Optional.of(new Decision.Reject(new Reason("duplicate", "same-text",
                    "You have already posted this comment here.")));
        }
        return Optional.empty();
    }
}
