package org.masthead.readers;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of reader accounts. Every token and session is looked up by its SHA-256 hash, never by the secret. */
@RegisterConstructorMapper(Reader.class)
public interface ReaderStore {
    String COLUMNS = "r.id, r.email, r.name, r.email_confirmed";

    // --- accounts ---

    @SqlQuery("INSERT INTO readers (email, name, password_hash, created_at) VALUES (:email, :name, :passwordHash, :now)"
            + " RETURNING id")
    long insert(String email, String name, String passwordHash, long now);

    @SqlQuery("SELECT " + COLUMNS + " FROM readers r WHERE r.email = :email")
    Optional<Reader> findByEmail(String email);

    @SqlQuery("SELECT " + COLUMNS + " FROM readers r WHERE r.id = :id")
    Optional<Reader> find(long id);

    @SqlQuery("SELECT password_hash FROM readers WHERE id = :id")
    String passwordHash(long id);

    @SqlUpdate("UPDATE readers SET password_hash = :hash WHERE id = :id")
    void setPassword(long id, String hash);

    @SqlUpdate("UPDATE readers SET email_confirmed = TRUE WHERE id = :id")
    void confirmEmail(long id);

    // --- one-time tokens sent by email ---

    @SqlUpdate("""
            INSERT INTO reader_tokens (token_hash, reader_id, purpose, created_at, expires_at)
            VALUES (:tokenHash, :readerId, :purpose, :now, :expiresAt)""")
    void addToken(String tokenHash, long readerId, String purpose, long now, long expiresAt);

    @SqlQuery("""
            SELECT reader_id FROM reader_tokens
             WHERE token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
    Optional<Long> tokenOwner(String tokenHash, String purpose, long now);

    /** Uses the token up; 0 when it was already used or has expired, so two racing requests cannot both succeed. */
    @SqlUpdate("""
            UPDATE reader_tokens SET used_at = :now
             WHERE token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
    int useToken(String tokenHash, String purpose, long now);

    @SqlUpdate("UPDATE reader_tokens SET used_at = :now WHERE reader_id = :readerId AND purpose = :purpose AND used_at IS NULL")
    void useAllTokens(long readerId, String purpose, long now);

    // --- sessions ---

    @SqlUpdate("INSERT INTO reader_sessions (token_hash, reader_id, created_at, expires_at) VALUES (:tokenHash, :readerId, :now, :expiresAt)")
    void addSession(String tokenHash, long readerId, long now, long expiresAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM reader_sessions s JOIN readers r ON r.id = s.reader_id"
            + " WHERE s.token_hash = :tokenHash AND s.expires_at > :now")
    Optional<Reader> sessionReader(String tokenHash, long now);

    @SqlUpdate("DELETE FROM reader_sessions WHERE token_hash = :tokenHash")
    void endSession(String tokenHash);

    @SqlUpdate("DELETE FROM reader_sessions WHERE reader_id = :readerId")
    void endSessions(long readerId);

    @SqlUpdate("DELETE FROM reader_sessions WHERE expires_at <= :now")
    void endExpiredSessions(long now);

    // --- attempts, for throttling ---

    @SqlUpdate("INSERT INTO reader_attempts (key_hash, created_at) VALUES (:keyHash, :now)")
    void addAttempt(String keyHash, long now);

    @SqlQuery("SELECT count(*) FROM reader_attempts WHERE key_hash = :keyHash AND created_at > :since")
    int attemptsSince(String keyHash, long since);

    @SqlUpdate("DELETE FROM reader_attempts WHERE key_hash = :keyHash")
    void forgetAttempts(String keyHash);

    @SqlUpdate("DELETE FROM reader_attempts WHERE created_at <= :before")
    void forgetAttemptsBefore(long before);
}
