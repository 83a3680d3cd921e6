package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
