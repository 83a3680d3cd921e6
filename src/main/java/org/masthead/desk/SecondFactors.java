package org.masthead.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.masthead.accounts.StaffMember;
import org.masthead.site.SiteSecret;
import org.masthead.web.BadInput;

/**
 * Optional two-step sign-in: a TOTP code from an authenticator app after the password, or one of ten single-use
 * recovery codes when the phone is lost. A code is accepted one step (30 s) early or late, for clocks that drift,
 * but never twice: each accepted step moves the member's last used step on. Recovery codes are stored as keyed
 * hashes and shown only once.
 */
public final class SecondFactors {
    static final int RECOVERY_CODES = 10;
    private static final String CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A secret waiting for its first code, as text to type and as an otpauth:// address for apps and QR codes. */
    public record Enrolment(String secret, String uri) {
        /** The secret in groups of four, easier to type. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private final Jdbi jdbi;
    private final SiteSecret siteSecret;
    private final Clock clock;

    public SecondFactors(Jdbi jdbi, SiteSecret siteSecret, Clock clock) {
        this.jdbi = jdbi;
        this.siteSecret = siteSecret;
        this.clock = clock;
    }

    public boolean enabled(long staffId) {
        return factor(staffId).map(f -> f.confirmedAt() != null).orElse(false);
    }

    /** The member's unconfirmed secret, made now if there is none; refused when two-step sign-in is on already. */
    Enrolment enrolment(StaffMember member, String issuer) {
        String secret = jdbi.inTransaction(h -> {
            SecondFactorStore store = h.attach(SecondFactorStore.class);
            Optional<SecondFactorStore.Factor> existing = store.find(member.id());
            if (existing.isPresent() && existing.get().confirmedAt() != null) {
                throw new BadInput(409, "Two-step sign-in is on already.");
            }
            if (existing.isPresent()) return existing.get().secret();
            String fresh = Totp.newSecret();
            store.insert(member.id(), fresh);
            return fresh;
        });
        String label = encode(issuer) + ":" + encode(member.email());
        return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /** Turns two-step sign-in on with a first correct code; returns the recovery codes, to show this once. */
    List<String> confirm(long staffId, String code) {
        SecondFactorStore.Factor factor = factor(staffId).filter(f -> f.confirmedAt() == null)
                .orElseThrow(() -> new BadInput(409, "There is no two-step sign-in waiting to be confirmed."));
        Optional<Long> step = matchingStep(factor, code);
        if (step.isEmpty()) throw new BadInput(422, "That code is not right. Please check the app and try the newest code.");
        return jdbi.inTransaction(h -> {
            SecondFactorStore store = h.attach(SecondFactorStore.class);
            if (store.confirm(staffId, clock.millis(), step.get()) != 1) {
                throw new BadInput(409, "Two-step sign-in is on already.");
            }
            return replaceRecoveryCodes(store, staffId);
        });
    }

    /** Whether {@code code} is a current, unused TOTP code or an unused recovery code of the member; uses it up. */
    boolean verify(long staffId, String code) {
        SecondFactorStore.Factor factor = factor(staffId).filter(f -> f.confirmedAt() != null).orElse(null);
        if (factor == null || code == null) return false;
        Optional<Long> step = matchingStep(factor, code);
        if (step.isPresent()) {
            return jdbi.withExtension(SecondFactorStore.class, s -> s.useStep(staffId, step.get())) == 1;
        }
        String hash = recoveryHash(code);
        return jdbi.withExtension(SecondFactorStore.class, s -> s.useRecoveryCode(hash, staffId, clock.millis())) == 1;
    }

    /** New recovery codes, the old ones no longer working. */
    List<String> newRecoveryCodes(long staffId) {
        if (!enabled(staffId)) throw new BadInput(409, "Two-step sign-in is off.");
        return jdbi.inTransaction(h -> replaceRecoveryCodes(h.attach(SecondFactorStore.class), staffId));
    }

    public int recoveryCodesLeft(long staffId) {
        return jdbi.withExtension(SecondFactorStore.class, s -> s.recoveryCodesLeft(staffId));
    }

    /** Turns two-step sign-in off (or abandons an unconfirmed enrolment). */
    public void disable(long staffId) {
        jdbi.useTransaction(h -> {
            SecondFactorStore store = h.attach(SecondFactorStore.class);
            store.delete(staffId);
            store.deleteRecoveryCodes(staffId);
        });
    }

    private Optional<SecondFactorStore.Factor> factor(long staffId) {
        return jdbi.withExtension(SecondFactorStore.class, s -> s.find(staffId));
    }

    /** The time step whose code this is, within one step of now and after the last one used. */
    private Optional<Long> matchingStep(SecondFactorStore.Factor factor, String code) {
        String digits = code.replace(" ", "").strip();
        if (!digits.matches("[0-9]{" + Totp.DIGITS + "}")) return Optional.empty();
        long now = Totp.step(clock.millis());
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > factor.lastStep() && Totp.code(factor.secret(), step).equals(digits)) return Optional.of(step);
        }
        return Optional.empty();
    }

    private List<String> replaceRecoveryCodes(SecondFactorStore store, long staffId) {
        store.deleteRecoveryCodes(staffId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = randomCode();
            store.addRecoveryCode(recoveryHash(code), staffId);
            codes.add(code);
        }
        return codes;
    }

    /** Ten random characters (50 bits) shown as two groups of five: "k7q2m-xw9fa". */
    private static String randomCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) sb.append('-');
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Keyed, so a copy of the table alone does not allow testing guesses offline. */
    private String recoveryHash(String code) {
        String clean = code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return siteSecret.sign("recovery-code", clean);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
