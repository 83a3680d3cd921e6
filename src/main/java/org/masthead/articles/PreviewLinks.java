package org.masthead.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.masthead.accounts.StaffMember;
import org.masthead.web.BadInput;

/**
 * Private links that show an unpublished article to anyone who has them (a colleague without an account, a
 * source checking a quote) until revoked. The token is random; only its SHA-256 is stored, so the link can be
 * shown once, when it is made, and a copy of the database opens no previews.
 */
public final class PreviewLinks {
    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PreviewLinks(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public record Link(long id, String createdBy, long createdAt) {
        public Instant at() {
            return Instant.ofEpochMilli(createdAt);
        }
    }

    /** Makes a link and returns its token, the only time it is known. */
    public String create(long articleId, StaffMember by) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbi.useExtension(Store.class, s -> s.insert(articleId, hash(token), by.id(), clock.millis()));
        return token;
    }

    public List<Link> active(long articleId) {
        return jdbi.withExtension(Store.class, s -> s.active(articleId));
    }

    public void revoke(long articleId, long linkId) {
        if (jdbi.withExtension(Store.class, s -> s.revoke(articleId, linkId, clock.millis())) == 0) {
            throw new BadInput(404, "There is no such preview link.");
        }
    }

    /** The article a token opens, while its link is not revoked. */
    public Optional<Long> articleFor(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) return Optional.empty();
        return jdbi.withExtension(Store.class, s -> s.articleFor(hash(token)));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public interface Store {
        @SqlUpdate("INSERT INTO preview_links (article_id, token_hash, created_by, created_at) VALUES (:articleId, :hash, :by, :now)")
        void insert(long articleId, String hash, long by, long now);

        @SqlQuery("""
                SELECT p.id, coalesce(s.name, '') AS created_by, p.created_at FROM preview_links p
                LEFT JOIN staff s ON s.id = p.created_by
                WHERE p.article_id = :articleId AND p.revoked_at IS NULL ORDER BY p.id""")
        @RegisterConstructorMapper(Link.class)
        List<Link> active(long articleId);

        @SqlUpdate("UPDATE preview_links SET revoked_at = :now WHERE id = :id AND article_id = :articleId AND revoked_at IS NULL")
        int revoke(long articleId, long id, long now);

        @SqlQuery("SELECT article_id FROM preview_links WHERE token_hash = :hash AND revoked_at IS NULL")
        Optional<Long> articleFor(String hash);
    }
}
