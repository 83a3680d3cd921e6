package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.classifier.Label;
import org.masthead.moderation.classifier.Thresholds;
import org.masthead.web.BadInput;

class ModerationSettingsTest {
    @Test
    void missing_settings_take_their_defaults() {
        var s = ModerationSettings.parse(Map.of("site.name", "The Lantern"));
        assertThat(s).isEqualTo(ModerationSettings.defaults());
        assertThat(s.threshold("threat", 0.4)).isEqualTo(0.4);
    }

    @Test
    void reads_mode_trust_links_and_thresholds() {
        var s = ModerationSettings.parse(Map.of("moderation.mode", " ALL ", "moderation.trust-after", "5",
                "moderation.max-links", "0", "moderation.threshold.threat", "0.35"));
        assertThat(s.mode()).isEqualTo(ModerationSettings.Mode.ALL);
        assertThat(s.trustAfter()).isEqualTo(5);
        assertThat(s.maxLinks()).isZero();
        assertThat(s.threshold("threat", 0.9)).isEqualTo(0.35);
    }

    @Test
    void a_wrong_value_is_named() {
        assertThatThrownBy(() -> ModerationSettings.parse(Map.of("moderation.mode", "sometimes")))
                .isInstanceOf(BadInput.class).hasMessageContaining("post, first or all");
        assertThatThrownBy(() -> ModerationSettings.parse(Map.of("moderation.trust-after", "-1")))
                .isInstanceOf(BadInput.class).hasMessageContaining("moderation.trust-after");
        assertThatThrownBy(() -> ModerationSettings.parse(Map.of("moderation.threshold.insult", "2")))
                .isInstanceOf(BadInput.class).hasMessageContaining("moderation.threshold.insult");
    }

    @Test
    void classifier_thresholds_come_from_the_site_over_the_start_up_defaults() {
        Thresholds startUp = Thresholds.defaults();
        var s = ModerationSettings.parse(Map.of("moderation.threshold.threat", "0.35", "moderation.reject.spam", "0.99",
                "moderation.threshold.insult", " "), startUp);
        assertThat(s.classifier().hold()).containsEntry(Label.THREAT, 0.35)
                .containsEntry(Label.INSULT, startUp.hold().get(Label.INSULT));
        assertThat(s.classifier().reject()).containsEntry(Label.SPAM, 0.99)
                .containsEntry(Label.THREAT, startUp.reject().get(Label.THREAT)).containsEntry(Label.INSULT, 1.0);
        assertThat(ModerationSettings.parse(Map.of()).classifier()).isEqualTo(startUp);
    }

    @Test
    void a_hold_threshold_above_its_reject_threshold_or_a_reject_threshold_for_a_label_that_never_rejects_is_wrong() {
        assertThatThrownBy(() -> ModerationSettings.parse(Map.of("moderation.threshold.threat", "0.8",
                "moderation.reject.threat", "0.6"))).isInstanceOf(BadInput.class)
                .hasMessage("moderation.threshold.threat (0.8) must not be above moderation.reject.threat (0.6).");
        assertThatThrownBy(() -> ModerationSettings.parse(Map.of("moderation.reject.insult", "0.9")))
                .isInstanceOf(BadInput.class).hasMessageContaining("only threat, identity_hate and spam");
    }
}
