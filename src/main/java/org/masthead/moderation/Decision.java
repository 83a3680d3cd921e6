package org.masthead.moderation;

/** What happens to a new comment: published at once, held for a moderator, or refused. */
public sealed interface Decision permits Decision.Publish, Decision.Review, Decision.Reject {
    Reason reason();

    /** The word used in stored records, JSON and the command line. */
    String word();

    record Publish(Reason reason) implements Decision {
        public String word() {
            return "publish";
        }
    }

    record Review(Reason reason) implements Decision {
        public String word() {
            return "review";
        }
    }

    record Reject(Reason reason) implements Decision {
        public String word() {
            return "reject";
        }
    }
}
