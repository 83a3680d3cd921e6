package org.masthead.readers;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.masthead.site.SiteSecret;
import org.masthead.web.BadInput;

/**
 * Slows down password guessing and mail bombing. Failed sign-ins are limited per email address (guessing one
 * reader's password) and, more loosely, per network address (many readers share one at an office or on a
 * mobile network). Mails asked for (sign-up, reset) are limited the same way whether or not the address has
 * an account, so the limit reveals nothing either. Attempts are counted in the database, so every node of a
 * cluster counts alike, under keyed hashes: the table holds neither emails nor network addresses.
 */
public final class Throttle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FAILED_SIGN_INS_PER_EMAIL = 5;
    static final int FAILED_SIGN_INS_PER_ADDRESS = 20;
    static final int MAILS_PER_EMAIL = 3;
    static final int MAILS_PER_ADDRESS = 10;

    private final Jdbi jdbi;
    private final SiteSecret secret;
    private final Clock clock;

    public Throttle(Jdbi jdbi, SiteSecret secret, Clock clock) {
        this.jdbi = jdbi;
        this.secret = secret;
        this.clock = clock;
    }

    void checkSignIn(String email, String ip) {
        if (exhausted("sign-in-email", email, FAILED_SIGN_INS_PER_EMAIL)
                || exhausted("sign-in-ip", ip, FAILED_SIGN_INS_PER_ADDRESS)) {
            throw new BadInput(429, "Too many failed sign-ins. Please wait " + WINDOW.toMinutes()
                    + " minutes and try again, or reset your password.");
        }
    }

    void failedSignIn(String email, String ip) {
        record("sign-in-email", email);
        record("sign-in-ip", ip);
    }

    /** A right password clears the count for that email; the network address's count stays. */
    void signedIn(String email) {
        jdbi.useExtension(ReaderStore.class, s -> s.forgetAttempts(key("sign-in-email", email)));
    }

    /** Counts one mail asked for, or refuses when there were too many. */
    void mailRequested(String email, String ip) {
        if (exhausted("mail-email", email, MAILS_PER_EMAIL) || exhausted("mail-ip", ip, MAILS_PER_ADDRESS)) {
            throw new BadInput(429, "We have sent several emails already. Please check your inbox (and spam folder), "
                    + "or wait " + WINDOW.toMinutes() + " minutes and try again.");
        }
        record("mail-email", email);
        record("mail-ip", ip);
    }

    private boolean exhausted(String kind, String value, int limit) {
        long since = clock.millis() - WINDOW.toMillis();
        return jdbi.withExtension(ReaderStore.class, s -> s.attemptsSince(key(kind, value), since)) >= limit;
    }

    private void record(String kind, String value) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            ReaderStore store = h.attach(ReaderStore.class);
            store.addAttempt(key(kind, value), now);
            // Older attempts say nothing any more; clearing them here keeps the table small without a scheduler.
            store.forgetAttemptsBefore(now - WINDOW.toMillis());
        });
    }

    private String key(String kind, String value) {
        return secret.sign("attempts", kind + "\n" + value);
    }
}
