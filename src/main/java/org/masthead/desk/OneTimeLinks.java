package org.masthead.desk;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.masthead.readers.Secrets;
import org.masthead.web.BadInput;

/**
 * Links sent by email to set a password: a password reset (valid one hour) or an invitation (valid a week).
 * The link carries 32 random bytes, the database their SHA-256; a link works once, and a newer link of the same
 * kind replaces the older ones.
 */
public final class OneTimeLinks {
    public enum Purpose {
        RESET(Duration.ofHours(1)), INVITE(Duration.ofDays(7));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public OneTimeLinks(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A new token for the member; their older unused ones of this kind stop working. */
    String issue(long staffId, Purpose purpose) {
        String token = Secrets.newToken();
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            DeskStore store = h.attach(DeskStore.class);
            store.useAllTokens(staffId, purpose.id(), now);
            store.addToken(Secrets.hash(token), staffId, purpose.id(), now, now + purpose.lifetime.toMillis());
        });
        return token;
    }

    /** The member the link belongs to, if it is valid; looking (as mail scanners do) does not use it up. */
    Optional<Long> owner(String token, Purpose purpose) {
        if (!Secrets.wellFormed(token)) return Optional.empty();
        return jdbi.withExtension(DeskStore.class, s -> s.tokenOwner(Secrets.hash(token), purpose.id(), clock.millis()));
    }

    /** Uses the link up and returns its member; 404 when it has expired or was used (also by a racing request). */
    long use(String token, Purpose purpose) {
        long now = clock.millis();
        if (Secrets.wellFormed(token)) {
            Optional<Long> owner = owner(token, purpose);
            if (owner.isPresent() && jdbi.withExtension(DeskStore.class,
                    s -> s.useToken(Secrets.hash(token), purpose.id(), now)) == 1) {
                return owner.get();
            }
        }
        throw expired();
    }

    static BadInput expired() {
        return new BadInput(404, "This link has expired or has been used already. Please ask for a new one.");
    }
}
