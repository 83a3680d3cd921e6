package org.masthead.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.mail.MailSettings;

class MailSettingsTest {

    private static MailSettings load(Map<String, String> env) {
        return Settings.load(env).mail();
    }

    @Test
    void without_a_host_mail_goes_to_the_log() {
        MailSettings mail = load(Map.of());
        assertThat(mail.sendsMail()).isFalse();
        assertThat(mail.port()).isEqualTo(587);
        assertThat(mail.startTls()).isTrue();
    }

    @Test
    void smtp_settings_are_read_and_the_password_is_never_printed() {
        MailSettings mail = load(Map.of("MASTHEAD_MAIL_HOST", "smtp.example.org", "MASTHEAD_MAIL_PORT", "2525",
                "MASTHEAD_MAIL_USER", "news", "MASTHEAD_MAIL_PASSWORD", "s3cret-Pa55", "MASTHEAD_MAIL_STARTTLS", "FALSE",
                "MASTHEAD_MAIL_FROM", "Saltmarsh News <news@example.org>"));
        assertThat(mail.sendsMail()).isTrue();
        assertThat(mail.port()).isEqualTo(2525);
        assertThat(mail.startTls()).isFalse();
        assertThat(mail.password()).isEqualTo("s3cret-Pa55");
        assertThat(mail.toString()).contains("smtp.example.org").doesNotContain("s3cret");
        assertThat(Setting.MAIL_PASSWORD.sensitive).isTrue();
    }

    @Test
    void nonsense_is_refused_with_the_variable_named() {
        assertThatThrownBy(() -> load(Map.of("MASTHEAD_MAIL_PORT", "smtp")))
                .hasMessageContaining("MASTHEAD_MAIL_PORT");
        assertThatThrownBy(() -> load(Map.of("MASTHEAD_MAIL_STARTTLS", "maybe")))
                .hasMessageContaining("MASTHEAD_MAIL_STARTTLS");
        assertThatThrownBy(() -> load(Map.of("MASTHEAD_MAIL_FROM", "not an address")))
                .hasMessageContaining("MASTHEAD_MAIL_FROM");
    }
}
