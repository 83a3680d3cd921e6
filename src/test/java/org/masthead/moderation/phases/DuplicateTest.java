package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.RememberedComments;
import org.masthead.moderation.Submission;

class DuplicateTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final RememberedComments history = new RememberedComments();
    private final Duplicate duplicate = new Duplicate(history);

    private Optional<Decision> assess(long articleId, String email, String text) {
        return duplicate.assess(new Submission(articleId, "Ada", email, text, "", NOW), new Findings());
    }

    @Test
    void refuses_the_same_text_from_the_same_person_under_the_same_article_within_a_day() {
        history.add(1, "a@example.org", "", "Put up the plaque.", NOW.minus(Duration.ofHours(23)));
        Decision d = assess(1, "a@example.org", "Put up the plaque.").orElseThrow();
        assertThat(d).isInstanceOf(Decision.Reject.class);
        assertThat(d.reason()).extracting("phase", "code").containsExactly("duplicate", "same-text");
        assertThat(assess(1, " a@example.org", "  Put up the plaque.\n")).isPresent();
    }

    @Test
    void the_same_text_is_fine_from_someone_else_under_another_article_or_a_day_later() {
        history.add(1, "a@example.org", "", "Put up the plaque.", NOW.minus(Duration.ofHours(25)));
        history.add(2, "a@example.org", "", "Agreed.", NOW.minus(Duration.ofMinutes(1)));
        assertThat(assess(1, "a@example.org", "Put up the plaque.")).isEmpty();
        assertThat(assess(1, "a@example.org", "Agreed.")).isEmpty();
        assertThat(assess(2, "b@example.org", "Agreed.")).isEmpty();
        assertThat(assess(2, "a@example.org", "Agreed!")).isEmpty();
    }
}
