package org.masthead.comments;

import org.masthead.moderation.Verdict;
import org.masthead.web.BadInput;

/** The moderation pipeline refused a comment; the message says why in plain words. */
public final class CommentRefused extends BadInput {
    private final transient Verdict verdict;

    public CommentRefused(Verdict verdict) {
        super(verdict.decision().reason().code().equals("address") || verdict.decision().reason().code().equals("email")
                ? 429 : 422, verdict.decision().reason().detail());
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }
}
