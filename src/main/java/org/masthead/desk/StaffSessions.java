package org.masthead.desk;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.masthead.readers.Secrets;

/**
 * Signed-in members of staff, remembered on the server: the {@code mh_desk} cookie (sent only to /desk/) holds a
 * random token, the database its SHA-256. A session ends when its member signs out, after {@code idle} without a
 * request, {@code absolute} after signing in, or when its member is disabled; on every node at once.
 */
public final class StaffSessions {
    public static final String COOKIE = "mh_desk";
    static final String PATH = "/desk/";

    /** A session row; {@code factorPending}: the password was right, the two-factor code is still to come. */
    public record Session(String tokenHash, long staffId, long createdAt, long lastSeenAt, boolean factorPending) {}

    private final Jdbi jdbi;
    private final SessionLimits limits;
    private final boolean secureCookies;
    private final Clock clock;

    public StaffSessions(Jdbi jdbi, SessionLimits limits, boolean secureCookies, Clock clock) {
        this.jdbi = jdbi;
        this.limits = limits;
        this.secureCookies = secureCookies;
        this.clock = clock;
    }

    /** The live session whose cookie came with this request; using it counts as activity for the idle limit. */
    Optional<Session> current(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (!Secrets.wellFormed(token)) return Optional.empty();
        String hash = Secrets.hash(token);
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            DeskStore store = h.attach(DeskStore.class);
            Optional<Session> session = store.session(hash);
            if (session.isEmpty()) return session;
            if (expired(session.get(), now)) {
                store.endSession(hash);
                return Optional.empty();
            }
            store.touchSession(hash, now);
            return session;
        });
    }

    private boolean expired(Session s, long now) {
        return now - s.lastSeenAt() >= limits.idle().toMillis() || now - s.createdAt() >= limits.absolute().toMillis();
    }

    /**
     * Starts a new session (ending the browser's old one, so a token planted before sign-in is worth nothing)
     * and gives it its cookie. A cookie without Max-Age: the browser forgets it when it closes.
     */
    void start(Context ctx, long staffId, boolean factorPending) {
        String old = ctx.cookie(COOKIE);
        String token = Secrets.newToken();
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            DeskStore store = h.attach(DeskStore.class);
            if (Secrets.wellFormed(old)) store.endSession(Secrets.hash(old));
            store.endExpiredSessions(now - limits.idle().toMillis(), now - limits.absolute().toMillis());
            store.addSession(Secrets.hash(token), staffId, now, factorPending);
        });
        ctx.cookie(cookie(COOKIE, token, -1));
    }

    /** Ends this browser's session on the server and removes its cookie. */
    void end(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (Secrets.wellFormed(token)) jdbi.useExtension(DeskStore.class, s -> s.endSession(Secrets.hash(token)));
        ctx.cookie(cookie(COOKIE, "", 0));
    }

    /** Ends every session of the member, on every device; returns how many there were. */
    public int endAll(long staffId) {
        return jdbi.withExtension(DeskStore.class, s -> s.endSessions(staffId));
    }

    /** Ends the member's other sessions, keeping the one this request came with. */
    int endOthers(Context ctx, long staffId) {
        String token = ctx.cookie(COOKIE);
        String keep = Secrets.wellFormed(token) ? Secrets.hash(token) : "";
        return jdbi.withExtension(DeskStore.class, s -> s.endOtherSessions(staffId, keep));
    }

    /** A desk cookie: sent only to /desk/, never readable by scripts, Secure when the site is served over HTTPS. */
    Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, PATH, maxAge, secureCookies, true, null, SameSite.LAX);
    }
}
