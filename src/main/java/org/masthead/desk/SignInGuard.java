package org.masthead.desk;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.masthead.site.SiteSecret;
import org.masthead.web.BadInput;

/**
 * Locks out password and code guessing for a while: after {@value #FAILURES_PER_ACCOUNT} failed sign-ins for
 * one account, or {@value #FAILURES_PER_ADDRESS} from one network address (a newsroom's office shares one), within
 * {@link #WINDOW}, further attempts are refused until the window has passed, even with the right password.
 * Attempts are counted in the database, so every node of a cluster counts alike, under keyed hashes: the table
 * holds neither emails nor network addresses.
 */
public final class SignInGuard {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FAILURES_PER_ACCOUNT = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final int MAILS_PER_EMAIL = 3;
    static final int MAILS_PER_ADDRESS = 10;

    /** Which count reached its limit, for the audit log. */
    enum Lock { NONE, ACCOUNT, ADDRESS }

    private final Jdbi jdbi;
    private final SiteSecret secret;
    private final Clock clock;

    public SignInGuard(Jdbi jdbi, SiteSecret secret, Clock clock) {
        this.jdbi = jdbi;
        this.secret = secret;
        this.clock = clock;
    }

    /** Refuses (429, saying until when) while the account or the address is locked out. */
    void check(String email, String ip) {
        if (locked(key("account", email), FAILURES_PER_ACCOUNT) || locked(key("address", ip), FAILURES_PER_ADDRESS)) {
            throw lockedOut();
        }
    }

    /** Counts a failure; tells whether this one locked the account or the address. */
    Lock failed(String email, String ip) {
        long now = clock.millis();
        String account = key("account", email);
        String address = key("address", ip);
        return jdbi.inTransaction(h -> {
            DeskStore store = h.attach(DeskStore.class);
            // Older attempts say nothing any more; clearing them here keeps the table small without a scheduler.
            store.forgetAttemptsBefore(now - WINDOW.toMillis());
            store.addAttempt(account, now);
            store.addAttempt(address, now);
            long since = now - WINDOW.toMillis();
            if (store.attemptsSince(account, since) == FAILURES_PER_ACCOUNT) return Lock.ACCOUNT;
            if (store.attemptsSince(address, since) == FAILURES_PER_ADDRESS) return Lock.ADDRESS;
            return Lock.NONE;
        });
    }

    /** A full sign-in clears the account's count; the address's count stays. */
    void succeeded(String email) {
        jdbi.useExtension(DeskStore.class, s -> s.forgetAttempts(key("account", email)));
    }

    /** Counts a password-reset mail asked for, or refuses (429) when there were too many: no mail bombing. */
    void mailRequested(String email, String ip) {
        String account = key("mail-account", email);
        String address = key("mail-address", ip);
        if (locked(account, MAILS_PER_EMAIL) || locked(address, MAILS_PER_ADDRESS)) {
            throw new BadInput(429, "We have sent several emails already. Please check your inbox (and spam folder), "
                    + "or wait " + WINDOW.toMinutes() + " minutes and try again.");
        }
        long now = clock.millis();
        jdbi.useExtension(DeskStore.class, s -> {
            s.addAttempt(account, now);
            s.addAttempt(address, now);
        });
    }

    static BadInput lockedOut() {
        return new BadInput(429, "Too many failed sign-ins: signing in is locked for up to " + WINDOW.toMinutes()
                + " minutes. Please wait, or reset your password if you have forgotten it.");
    }

    private boolean locked(String key, int limit) {
        long since = clock.millis() - WINDOW.toMillis();
        return jdbi.withExtension(DeskStore.class, s -> s.attemptsSince(key, since)) >= limit;
    }

    private static String normalize(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private String key(String kind, String value) {
        return secret.sign("desk-attempts", kind + "\n" + normalize(value));
    }
}
