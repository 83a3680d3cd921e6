package org.masthead.accounts;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StaffMember.class)
public interface StaffStore {
    String COLUMNS = "id, email, name, slug, role, bio";

    @SqlQuery("INSERT INTO staff (email, name, slug, role, password_hash, bio, created_at)"
            + " VALUES (:email, :name, :slug, :role, :passwordHash, :bio, :now) RETURNING id")
    long insert(String email, String name, String slug, String role, String passwordHash, String bio, long now);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE lower(email) = lower(:email)")
    Optional<StaffMember> findByEmail(String email);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE slug = :slug AND NOT disabled")
    Optional<StaffMember> findBySlug(String slug);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE slug IN (<slugs>)")
    List<StaffMember> findBySlugs(@BindList("slugs") List<String> slugs);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE NOT disabled AND role <> 'moderator' ORDER BY name")
    List<StaffMember> writers();

    @SqlQuery("SELECT count(*) FROM staff WHERE slug = :slug")
    boolean slugTaken(String slug);

    @SqlUpdate("UPDATE staff SET password_hash = :hash WHERE id = :id")
    void setPassword(long id, String hash);

    /** Disabled members are not found: they cannot sign in, and their sessions stop working at once. */
    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE id = :id AND NOT disabled")
    Optional<StaffMember> findActive(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE id = :id")
    Optional<StaffMember> find(long id);

    @SqlUpdate("UPDATE staff SET role = :role WHERE id = :id")
    int setRole(long id, String role);

    @SqlUpdate("UPDATE staff SET disabled = :disabled WHERE id = :id")
    int setDisabled(long id, boolean disabled);

    @SqlQuery("SELECT password_hash FROM staff WHERE id = :id AND NOT disabled")
    Optional<String> passwordHash(long id);
}
