package org.masthead.moderation.sanctions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of {@link Sanctions}: reader sanctions, email-domain rules and address rules (instants in epoch ms). */
@RegisterRowMapper(SanctionStore.SanctionMapper.class)
@RegisterRowMapper(SanctionStore.DomainMapper.class)
@RegisterRowMapper(SanctionStore.AddressMapper.class)
public interface SanctionStore {
    String SANCTION = "id, reader_id, email, address_hash, kind, reason, imposed_by, created_at, ends_at, lifted_at, lifted_by";
    String ADDRESS = "id, hash, network, action, note, created_at, ends_at, lifted_at";

    @SqlQuery("""
            INSERT INTO reader_sanctions (reader_id, email, address_hash, kind, reason, imposed_by, created_at, ends_at)
            VALUES (:readerId, :email, :addressHash, :kind, :reason, :imposedBy, :now, :endsAt)
            RETURNING id""")
    long impose(Long readerId, String email, String addressHash, String kind, String reason, String imposedBy, long now,
            Long endsAt);

    @SqlUpdate("UPDATE reader_sanctions SET lifted_at = :now, lifted_by = :by WHERE id = :id AND lifted_at IS NULL")
    int lift(long id, String by, long now);

    @SqlQuery("SELECT " + SANCTION + " FROM reader_sanctions WHERE id = :id")
    Optional<Sanction> sanction(long id);

    /** Every sanction naming this reader or email, ended ones too, newest first. */
    @SqlQuery("SELECT " + SANCTION + " FROM reader_sanctions WHERE reader_id = :readerId OR email = :email"
            + " ORDER BY created_at DESC, id DESC")
    List<Sanction> of(Long readerId, String email);

    @SqlQuery("SELECT " + SANCTION + " FROM reader_sanctions WHERE lifted_at IS NULL AND (ends_at IS NULL OR ends_at > :now)"
            + " ORDER BY created_at DESC, id DESC")
    List<Sanction> allInForce(long now);

    // --- email domains ---

    @SqlUpdate("""
            INSERT INTO email_domain_rules (domain, action, note, created_at) VALUES (:domain, :action, :note, :now)
            ON CONFLICT (domain) DO UPDATE SET action = excluded.action, note = excluded.note, created_at = excluded.created_at""")
    void setDomainRule(String domain, String action, String note, long now);

    @SqlUpdate("DELETE FROM email_domain_rules WHERE domain = :domain")
    int removeDomainRule(String domain);

    @SqlQuery("SELECT domain, action, note, created_at FROM email_domain_rules ORDER BY domain")
    List<DomainRule> domainRules();

    // --- network addresses ---

    @SqlQuery("""
            INSERT INTO address_rules (hash, network, action, note, created_at, ends_at)
            VALUES (:hash, :network, :action, :note, :now, :endsAt) RETURNING id""")
    long addAddressRule(String hash, boolean network, String action, String note, long now, Long endsAt);

    @SqlUpdate("UPDATE address_rules SET lifted_at = :now WHERE id = :id AND lifted_at IS NULL")
    int liftAddressRule(long id, long now);

    @SqlQuery("SELECT " + ADDRESS + " FROM address_rules WHERE lifted_at IS NULL AND (ends_at IS NULL OR ends_at > :now)"
            + " ORDER BY created_at DESC, id DESC")
    List<AddressRule> addressRulesInForce(long now);

    final class SanctionMapper implements RowMapper<Sanction> {
        @Override
        public Sanction map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Sanction(rs.getLong(1), nullableLong(rs, 2), rs.getString(3), rs.getString(4),
                    Sanction.Kind.parse(rs.getString(5)), rs.getString(6), rs.getString(7), instant(rs, 8),
                    instant(rs, 9), instant(rs, 10), rs.getString(11));
        }
    }

    final class DomainMapper implements RowMapper<DomainRule> {
        @Override
        public DomainRule map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new DomainRule(rs.getString(1), RuleAction.parse(rs.getString(2)), rs.getString(3), instant(rs, 4), false);
        }
    }

    final class AddressMapper implements RowMapper<AddressRule> {
        @Override
        public AddressRule map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AddressRule(rs.getLong(1), rs.getString(2), rs.getBoolean(3), RuleAction.parse(rs.getString(4)),
                    rs.getString(5), instant(rs, 6), instant(rs, 7), instant(rs, 8));
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Long millis = nullableLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
