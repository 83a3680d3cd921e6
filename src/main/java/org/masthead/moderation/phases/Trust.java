package org.masthead.moderation.phases;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.moderation.CommenterHistory;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;

/**
 * Trust is earned: a reader becomes trusted once a moderator has approved {@code moderation.trust-after} of their
 * comments. Suspicions (suspect words, the classifier's insult and toxicity labels) hold the comments of readers who
 * are not trusted yet; a trusted reader's comment goes on.
 * Threats never reach this phase as suspicions: they are holds, and {@link Held} has already acted on them. When
 * the site pre-moderates first comments ({@code moderation.mode = first}), every comment of an untrusted reader waits.
 */
public final class Trust implements Phase {
    private final CommenterHistory history;
    private final Supplier<ModerationSettings> settings;

    public Trust(CommenterHistory history, Supplier<ModerationSettings> settings) {
        this.history = history;
        this.settings = settings;
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        ModerationSettings site = settings.get();
        List<Reason> suspicions = f.suspicions();
        if (suspicions.isEmpty() && site.mode() != ModerationSettings.Mode.FIRST) return Optional.empty();
        int approved = site.trustAfter() == 0 ? 0 : history.approvedComments(s.authorEmail().strip());
        boolean trusted = approved >= site.trustAfter();
        if (!suspicions.isEmpty()) {
            if (!trusted) return Optional.of(new Decision.Review(suspicions.get(0)));
            f.note(new Reason("trust", "trusted", "A trusted reader (" + approved
                    + " comments approved by moderators): suspect words or tone alone do not hold the comment."));
        }
        if (site.mode() == ModerationSettings.Mode.FIRST && !trusted) {
            return Optional.of(new Decision.Review(new Reason("trust", "first-comments",
                    "A moderator reads a reader's first comments; " + approved + " of " + site.trustAfter()
                            + " approved so far.")));
        }
        return Optional.empty();
    }
}
