package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.Submission;

class PreModerationTest {
    private final Submission comment = new Submission(1, "Ada", "a@example.org", "A fine article.", "", Instant.now());

    @Test
    void holds_every_comment_when_the_site_pre_moderates_everything() {
        var all = new PreModeration(() -> ModerationSettings.parse(Map.of("moderation.mode", "all")));
        assertThat(all.assess(comment, new Findings()).orElseThrow()).isInstanceOf(Decision.Review.class);
    }

    @Test
    void otherwise_decides_nothing() {
        assertThat(new PreModeration(ModerationSettings::defaults).assess(comment, new Findings())).isEmpty();
        var first = new PreModeration(() -> ModerationSettings.parse(Map.of("moderation.mode", "first")));
        assertThat(first.assess(comment, new Findings())).isEmpty();
    }
}
