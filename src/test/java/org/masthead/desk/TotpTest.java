package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpTest {
    /** The SHA-1 seed of RFC 6238's appendix B, "12345678901234567890" in ASCII. */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codes_match_the_test_vectors_of_rfc_6238_cut_to_six_digits() {
        // RFC 6238 lists 8-digit codes; the last six digits are the 6-digit code apps show.
        assertThat(Totp.code(RFC_SECRET, Totp.step(59_000L))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(1_111_111_109_000L))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(1_234_567_890_000L))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(20_000_000_000_000L))).isEqualTo("353130");
    }

    @Test
    void base32_round_trips_and_new_secrets_hold_160_bits() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(new String(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), StandardCharsets.US_ASCII))
                .isEqualTo("12345678901234567890");
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.fromBase32(secret)).hasSize(20);
    }
}
