package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.CommenterHistory;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationLimits;
import org.masthead.moderation.RememberedComments;
import org.masthead.moderation.Submission;

class RateLimitTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final RememberedComments history = new RememberedComments();
    private final RateLimit rateLimit = new RateLimit(history, new ModerationLimits(5000, 5, 3, 2));

    private Optional<Decision> assess(String email, String ipHash) {
        return rateLimit.assess(new Submission(1, "Ada", email, "text", ipHash, NOW), new Findings());
    }

    private void remember(int times, String email, String ipHash, Duration ago) {
        for (int i = 0; i < times; i++) history.add(1, email, ipHash, "earlier " + i, NOW.minus(ago));
    }

    @Test
    void refuses_the_comment_over_the_limit_for_one_network_address_in_the_last_minute() {
        remember(2, "a@example.org", "ip1", Duration.ofSeconds(10));
        remember(1, "b@example.org", "ip1", Duration.ofSeconds(59));
        Decision d = assess("c@example.org", "ip1").orElseThrow();
        assertThat(d).isInstanceOf(Decision.Reject.class);
        assertThat(d.reason().code()).isEqualTo("address");
        assertThat(d.reason().detail()).contains("wait a minute");
        assertThat(assess("c@example.org", "ip2")).isEmpty();
    }

    @Test
    void refuses_the_comment_over_the_limit_for_one_email_address_in_the_last_minute() {
        remember(1, "a@example.org", "ip1", Duration.ofSeconds(5));
        assertThat(assess("a@example.org", "ip2")).isEmpty();
        remember(1, "a@example.org", "ip3", Duration.ofSeconds(5));
        assertThat(assess("a@example.org", "ip2").orElseThrow().reason().code()).isEqualTo("email");
        assertThat(assess(" a@example.org ", "ip2").orElseThrow().reason().code()).isEqualTo("email");
    }

    @Test
    void comments_older_than_a_minute_no_longer_count() {
        remember(10, "a@example.org", "ip1", Duration.ofSeconds(61));
        assertThat(assess("a@example.org", "ip1")).isEmpty();
    }

    @Test
    void comments_without_a_network_address_are_limited_by_email_only() {
        remember(10, "other@example.org", "", Duration.ofSeconds(1));
        assertThat(assess("a@example.org", "")).isEmpty();
    }

    @Test
    void a_limit_of_zero_is_no_limit_and_costs_no_query() {
        RateLimit off = new RateLimit(new CommenterHistory() {
            public int commentsFromAddressSince(String ipHash, Instant since) {
                throw new AssertionError("counted although there is no limit");
            }

            public int commentsFromEmailSince(String email, Instant since) {
                throw new AssertionError("counted although there is no limit");
            }

            public boolean sameTextSince(long articleId, String email, String text, Instant since) {
                return false;
            }

            public int approvedComments(String email) {
                return 0;
            }
        }, new ModerationLimits(5000, 5, 0, 0));
        assertThat(off.assess(new Submission(1, "Ada", "a@example.org", "text", "ip1", NOW), new Findings())).isEmpty();
    }
}
