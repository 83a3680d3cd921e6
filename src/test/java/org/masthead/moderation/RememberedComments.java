package org.masthead.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An in-memory {@link CommenterHistory} for phase tests: earlier comments are whatever the test remembers here. */
public final class RememberedComments implements CommenterHistory {
    private record Earlier(long articleId, String email, String ipHash, String text, Instant at) {}

    private final List<Earlier> comments = new ArrayList<>();
    private final java.util.Map<String, Integer> approved = new java.util.HashMap<>();

    /** Remembers that a moderator approved {@code count} held comments from this email address. */
    public RememberedComments approved(String email, int count) {
        approved.put(email, count);
        return this;
    }

    @Override
    public int approvedComments(String email) {
        return approved.getOrDefault(email, 0);
    }

    public RememberedComments add(long articleId, String email, String ipHash, String text, Instant at) {
        comments.add(new Earlier(articleId, email, ipHash, text, at));
        return this;
    }

    @Override
    public int commentsFromAddressSince(String ipHash, Instant since) {
        return (int) comments.stream().filter(c -> c.ipHash().equals(ipHash) && !c.at().isBefore(since)).count();
    }

    @Override
    public int commentsFromEmailSince(String email, Instant since) {
        return (int) comments.stream().filter(c -> c.email().equals(email) && !c.at().isBefore(since)).count();
    }

    @Override
    public boolean sameTextSince(long articleId, String email, String text, Instant since) {
        return comments.stream().anyMatch(c -> c.articleId() == articleId && c.email().equals(email)
                && c.text().equals(text) && !c.at().isBefore(since));
    }
}
