package org.masthead.comments;

import org.masthead.moderation.Reason;
import org.masthead.moderation.Verdict;
import org.masthead.web.BadInput;

/**
 * The moderation pipeline refused a comment; the message says why in plain words. Bursts (the rate-limit phase)
 * answer 429, everything else 422. The code is "phase/code" as stored with comments, e.g. "validate/empty".
 */
public final class CommentRefused extends BadInput {
    private final transient Verdict verdict;

    public CommentRefused(Verdict verdict) {
        super(status(verdict.decision().reason()), code(verdict.decision().reason()), verdict.decision().reason().detail());
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }

    private static int status(Reason reason) {
        return reason.phase().equals("rate-limit") ? 429 : 422;
    }

    private static String code(Reason reason) {
        return reason.phase() + "/" + reason.code();
    }
}
