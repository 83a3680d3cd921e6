package org.masthead.moderation;

import java.util.List;
import java.util.Optional;
import org.masthead.moderation.phases.Duplicate;
import org.masthead.moderation.phases.RateLimit;
import org.masthead.moderation.phases.Validate;

/** The ordered phases every new comment passes through; the first decision wins, every reason is kept. */
public final class Pipeline {
    private final List<Phase> phases;

    public Pipeline(List<Phase> phases) {
        this.phases = List.copyOf(phases);
    }

    /** The standard order. Order is policy: cheap, certain refusals first. */
    public static Pipeline standard(CommenterHistory history, ModerationLimits limits) {
        return new Pipeline(List.of(
                // Is this a comment at all?
                new Validate(limits),
                // Is someone flooding us?
                new RateLimit(history, limits),
                new Duplicate(history)));
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
