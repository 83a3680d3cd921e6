package org.masthead.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masthead.moderation.phases.Banned;
import org.masthead.moderation.phases.Classify;
import org.masthead.moderation.phases.Duplicate;
import org.masthead.moderation.phases.Held;
import org.masthead.moderation.phases.Links;
import org.masthead.moderation.phases.OutsideScorer;
import org.masthead.moderation.phases.PreModeration;
import org.masthead.moderation.phases.RateLimit;
import org.masthead.moderation.phases.Trust;
import org.masthead.moderation.phases.Validate;
import org.masthead.moderation.phases.Words;

/** The ordered phases every new comment passes through; the first decision wins, every reason is kept. */
public final class Pipeline {
    private final List<Phase> phases;

    public Pipeline(List<Phase> phases) {
        this.phases = List.copyOf(phases);
    }

    /**
     * The standard order. Order is policy: certain refusals first (they end the run); then the phases that look at
     * what the comment says, which only note concerns so that each of them runs and moderators see everything;
     * last the phases that turn those concerns into a hold.
     *
     * <p>The local classifier scores every comment; how far its scores decide is the site's setting
     * ({@code moderation.classifier}: every label by default, see docs/MODERATION.md).
     */
    public static Pipeline standard(CommenterHistory history, Moderation moderation) {
        return new Pipeline(List.of(
                // Is this a comment at all?
                new Validate(moderation.limits()),
                // May this person comment here?
                new Banned(moderation.sanctions()),
                // Is someone flooding us?
                new RateLimit(history, moderation.limits()),
                new Duplicate(history),
                // What does it say? These only note concerns, so each of them runs.
                new Links(moderation::settings, moderation.linkDomains()::blocked),
                new Words(moderation.wordLists()::matcher),
                new Classify(moderation.classifier(), moderation::classifierThresholds,
                        () -> moderation.settings().classifying()),
                new OutsideScorer(moderation.outsideScorer(), moderation::settings),
                // Must a moderator read it first? Holds (threats, blocked words) whoever wrote it; then suspicions
                // and first comments unless the reader is trusted; then the site's own mode.
                new Held(),
                new Trust(history, moderation::settings),
                new PreModeration(moderation::settings)));
    }

    /** The same phases less those of one kind: imports leave out rate limiting, since an import is a burst by nature. */
    public Pipeline without(Class<? extends Phase> kind) {
        return new Pipeline(phases.stream().filter(p -> !kind.isInstance(p)).toList());
    }

    /** The same phases with the classifier scoring every comment but deciding nothing. */
    public Pipeline scoringOnly() {
        return new Pipeline(phases.stream().map(p -> p instanceof Classify c ? c.scoringOnly() : p).toList());
    }

    /** The same phases and then {@code last}, which decides only when none of the others has. */
    public Pipeline then(Phase last) {
        List<Phase> all = new ArrayList<>(phases);
        all.add(last);
        return new Pipeline(all);
    }

    public Verdict run(Submission submission) {
        Findings findings = new Findings();
        for (Phase phase : phases) {
            Optional<Decision> decision = phase.assess(submission, findings);
            if (decision.isPresent()) return findings.conclude(decision.get());
        }
        return findings.conclude(new Decision.Publish(new Reason("pipeline", "passed", "no phase objected")));
    }
}
