package org.masthead.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.masthead.accounts.StaffMember;

/**
 * What members of staff did on the desk, newest first: every change of content, settings or accounts, and the
 * sign-in events that matter for security. Entries are only ever added.
 */
public final class AuditLog {
    /** One line of the log; {@code actorId} is null when nobody was signed in (a failed sign-in). */
    public record Entry(long id, Instant at, Long actorId, String actorName, String action, String subject,
            String detail) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} (null: nobody signed in) did {@code action} (a short verb phrase such as
     * "article.publish") to {@code subject} (what it was done to, e.g. "article 12"), with an optional detail.
     */
    public void record(StaffMember actor, String action, String subject, String detail) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO audit_log (at, actor_id, actor_name, action, subject, detail)
                        VALUES (:at, :actorId, :actorName, :action, :subject, :detail)""")
                .bind("at", clock.millis())
                .bind("actorId", actor == null ? null : actor.id())
                .bind("actorName", actor == null ? "" : actor.name())
                .bind("action", clip(action, 100))
                .bind("subject", clip(subject, 500))
                .bind("detail", detail == null ? "" : detail)
                .execute());
    }

    /** Entries {@code offset} to {@code offset + limit}, newest first. */
    public List<Entry> newest(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, at, actor_id, actor_name, action, subject, detail FROM audit_log
                         ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Entry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getObject("actor_id") == null ? null : rs.getLong("actor_id"), rs.getString("actor_name"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
                .list());
    }

    public int size() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Integer.class).one());
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
