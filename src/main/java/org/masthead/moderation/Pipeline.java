package org.masthead.moderation;

import java.util.ArrayList;
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

    /** The same phases less those of one kind: imports leave out rate limiting, since an import is a burst by nature. */
    public Pipeline without(Class<? extends Phase> kind) {
        return new Pipeline(phases.stream().filter(p -> !kind.isInstance(p)).toList());
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
