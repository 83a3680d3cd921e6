package org.masthead.desk;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of desk sessions, one-time links and sign-in attempts; secrets are looked up by their SHA-256 only. */
public interface DeskStore {

    // --- sessions ---

    @SqlUpdate("""
            INSERT INTO desk_sessions (token_hash, staff_id, created_at, last_seen_at, factor_pending)
            VALUES (:tokenHash, :staffId, :now, :now, :factorPending)""")
    void addSession(String tokenHash, long staffId, long now, boolean factorPending);

    @SqlQuery("SELECT token_hash, staff_id, created_at, last_seen_at, factor_pending FROM desk_sessions"
            + " WHERE token_hash = :tokenHash")
    @RegisterConstructorMapper(StaffSessions.Session.class)
    Optional<StaffSessions.Session> session(String tokenHash);

    @SqlUpdate("UPDATE desk_sessions SET last_seen_at = :now WHERE token_hash = :tokenHash")
    void touchSession(String tokenHash, long now);

    @SqlUpdate("DELETE FROM desk_sessions WHERE token_hash = :tokenHash")
    void endSession(String tokenHash);

    @SqlUpdate("DELETE FROM desk_sessions WHERE staff_id = :staffId")
    int endSessions(long staffId);

    @SqlUpdate("DELETE FROM desk_sessions WHERE staff_id = :staffId AND token_hash <> :keep")
    int endOtherSessions(long staffId, String keep);

    @SqlUpdate("DELETE FROM desk_sessions WHERE last_seen_at <= :idleBefore OR created_at <= :createdBefore")
    void endExpiredSessions(long idleBefore, long createdBefore);

    // --- one-time links sent by email ---

    @SqlUpdate("""
            INSERT INTO desk_tokens (token_hash, staff_id, purpose, created_at, expires_at)
            VALUES (:tokenHash, :staffId, :purpose, :now, :expiresAt)""")
    void addToken(String tokenHash, long staffId, String purpose, long now, long expiresAt);

    @SqlQuery("""
            SELECT staff_id FROM desk_tokens
             WHERE token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
    Optional<Long> tokenOwner(String tokenHash, String purpose, long now);

    /** Uses the token up; 0 when it was already used or has expired, so two racing requests cannot both succeed. */
    @SqlUpdate("""
            UPDATE desk_tokens SET used_at = :now
             WHERE token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
    int useToken(String tokenHash, String purpose, long now);

    @SqlUpdate("UPDATE desk_tokens SET used_at = :now WHERE staff_id = :staffId AND purpose = :purpose AND used_at IS NULL")
    void useAllTokens(long staffId, String purpose, long now);

    // --- failed sign-ins, for lock-out ---

    @SqlUpdate("INSERT INTO desk_attempts (key_hash, created_at) VALUES (:keyHash, :now)")
    void addAttempt(String keyHash, long now);

    @SqlQuery("SELECT count(*) FROM desk_attempts WHERE key_hash = :keyHash AND created_at > :since")
    int attemptsSince(String keyHash, long since);

    @SqlUpdate("DELETE FROM desk_attempts WHERE key_hash = :keyHash")
    void forgetAttempts(String keyHash);

    @SqlUpdate("DELETE FROM desk_attempts WHERE created_at <= :before")
    void forgetAttemptsBefore(long before);
}
