package org.masthead.desk;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of two-factor sign-in: TOTP secrets and hashed recovery codes. */
public interface SecondFactorStore {
    record Factor(String secret, Long confirmedAt, long lastStep) {}

    @SqlQuery("SELECT secret, confirmed_at, last_step FROM staff_second_factors WHERE staff_id = :staffId")
    @RegisterConstructorMapper(Factor.class)
    Optional<Factor> find(long staffId);

    @SqlUpdate("DELETE FROM staff_second_factors WHERE staff_id = :staffId")
    void delete(long staffId);

    @SqlUpdate("INSERT INTO staff_second_factors (staff_id, secret) VALUES (:staffId, :secret)")
    void insert(long staffId, String secret);

    @SqlUpdate("UPDATE staff_second_factors SET confirmed_at = :now, last_step = :step"
            + " WHERE staff_id = :staffId AND confirmed_at IS NULL")
    int confirm(long staffId, long now, long step);

    /** Takes time step {@code step} for this member; 0 when it or a later one was used already (a replayed code). */
    @SqlUpdate("UPDATE staff_second_factors SET last_step = :step WHERE staff_id = :staffId AND last_step < :step")
    int useStep(long staffId, long step);

    @SqlUpdate("INSERT INTO staff_recovery_codes (code_hash, staff_id) VALUES (:codeHash, :staffId)")
    void addRecoveryCode(String codeHash, long staffId);

    @SqlUpdate("DELETE FROM staff_recovery_codes WHERE staff_id = :staffId")
    void deleteRecoveryCodes(long staffId);

    @SqlUpdate("UPDATE staff_recovery_codes SET used_at = :now"
            + " WHERE code_hash = :codeHash AND staff_id = :staffId AND used_at IS NULL")
    int useRecoveryCode(String codeHash, long staffId, long now);

    @SqlQuery("SELECT count(*) FROM staff_recovery_codes WHERE staff_id = :staffId AND used_at IS NULL")
    int recoveryCodesLeft(long staffId);
}
