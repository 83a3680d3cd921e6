package org.masthead.moderation.phases;

import java.util.List;
import java.util.Optional;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;

/**
 * Holds the comment for a moderator when an earlier phase asked for it ({@link Findings#hold}): a reader who is
 * always pre-moderated, a blocked term, a threat. No trust and no site mode lets such a comment skip review.
 */
public final class Held implements Phase {
    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        List<Reason> holds = f.holds();
        return holds.isEmpty() ? Optional.empty() : Optional.of(new Decision.Review(holds.get(0)));
    }
}
