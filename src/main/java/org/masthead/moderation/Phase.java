package org.masthead.moderation;

import java.util.Optional;

/**
 * One step of moderation. It reads the submission (and what it is given in its constructor), may note
 * scores in the findings, and returns a decision only when it has one; otherwise the next phase runs.
 */
public interface Phase {
    Optional<Decision> assess(Submission submission, Findings findings);
}
