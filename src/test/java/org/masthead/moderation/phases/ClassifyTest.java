package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.masthead.config.Setting;
import org.masthead.config.Settings;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.masthead.moderation.classifier.Classifier;
import org.masthead.moderation.classifier.Thresholds;

class ClassifyTest {
    private final Findings findings = new Findings();

    private Optional<Decision> assess(String text, Thresholds thresholds) {
        Submission s = new Submission(1, "Ada", "ada@example.org", text, "ip", Instant.parse("2026-11-26T12:00:00Z"));
        return new Classify(Classifier.bundled(), thresholds).assess(s, findings);
    }

    @Test
    void a_threat_is_held_for_a_moderator_whoever_wrote_it_and_every_score_is_kept() {
        Optional<Decision> decision = assess("Somebody should shoot the finance minister.", holdOnly());

        assertThat(decision).isEmpty(); // the Held phase turns the hold into a review once every phase has looked
        assertThat(findings.holds()).extracting(Reason::phase, Reason::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("classifier", "threat"));
        assertThat(findings.holds().get(0).detail()).contains("threaten");
        assertThat(findings.labels()).containsOnlyKeys("toxicity", "insult", "identity_hate", "threat", "spam");
    }

    /** The default hold thresholds with rejection turned off: this threat is clear enough to be refused outright. */
    private static Thresholds holdOnly() {
        return Thresholds.from(s -> s.key.contains(".reject.") ? "1" : s.defaultValue);
    }

    @Test
    void an_ordinary_comment_passes_with_its_scores_noted() {
        assertThat(assess("Thank you for a balanced report on the strike.", Thresholds.defaults())).isEmpty();
        assertThat(findings.holds()).isEmpty();
        assertThat(findings.labels()).hasSize(5);
    }

    @Test
    void above_the_reject_threshold_the_comment_is_refused_with_a_reason_its_author_can_read() {
        Thresholds strict = Thresholds.from(s -> s == Setting.CLASSIFIER_REJECT_SPAM ? "0.2" : s.defaultValue);

        Optional<Decision> decision = assess("Earn $900 a day from home, click www.quick-cash-now.biz", strict);

        assertThat(decision).get().isInstanceOf(Decision.Reject.class);
        assertThat(decision.get().reason().code()).isEqualTo("spam");
        assertThat(decision.get().reason().detail()).contains("spam", "second look");
    }

    @Test
    void thresholds_of_one_hold_nothing() {
        Thresholds never = Thresholds.from(s -> "1");
        assertThat(assess("Somebody should shoot the finance minister.", never)).isEmpty();
        assertThat(findings.holds()).isEmpty();
    }

    @Test
    void a_threshold_setting_that_is_not_a_probability_is_refused_by_name() {
        assertThatThrownBy(() -> Settings.load(Map.of("MASTHEAD_MODERATION_CLASSIFIER_HOLD_THREAT", "high")))
                .isInstanceOf(Settings.InvalidSettingException.class)
                .hasMessage("MASTHEAD_MODERATION_CLASSIFIER_HOLD_THREAT (moderation.classifier.hold.threat) must be a "
                        + "number from 0 to 1, not 'high'");
        assertThat(Settings.load(Map.of("MASTHEAD_MODERATION_CLASSIFIER_HOLD_THREAT", "0.8")).classifierThresholds()
                .hold()).containsEntry(org.masthead.moderation.classifier.Label.THREAT, 0.8);
    }
}
