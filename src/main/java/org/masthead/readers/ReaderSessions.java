package org.masthead.readers;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Signed-in readers, remembered on the server: the {@code mh_session} cookie holds a random token, the database
 * its hash. Signing out deletes the row, so a copied cookie stops working at once, on every node.
 */
public final class ReaderSessions {
    public static final String COOKIE = "mh_session";
    static final Duration LIFETIME = Duration.ofDays(30);

    private final Jdbi jdbi;
    private final Clock clock;

    public ReaderSessions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The reader whose valid session cookie came with this request, if any. */
    public Optional<Reader> current(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (!Secrets.wellFormed(token)) return Optional.empty();
        return jdbi.withExtension(ReaderStore.class, s -> s.sessionReader(Secrets.hash(token), clock.millis()));
    }

    /** Starts a new session for the reader (ending the browser's old one, if any) and gives it its cookie. */
    void start(Context ctx, long readerId) {
        String old = ctx.cookie(COOKIE);
        String token = Secrets.newToken();
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            ReaderStore store = h.attach(ReaderStore.class);
            if (Secrets.wellFormed(old)) store.endSession(Secrets.hash(old));
            store.endExpiredSessions(now);
            store.addSession(Secrets.hash(token), readerId, now, now + LIFETIME.toMillis());
        });
        ctx.cookie(cookie(ctx, token, (int) LIFETIME.toSeconds()));
    }

    /** Ends this browser's session on the server and removes its cookie. */
    void end(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (Secrets.wellFormed(token)) jdbi.useExtension(ReaderStore.class, s -> s.endSession(Secrets.hash(token)));
        ctx.cookie(cookie(ctx, "", 0));
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(COOKIE, value, "/", maxAge, "https".equals(ctx.scheme()), true, null, SameSite.LAX);
    }
}
