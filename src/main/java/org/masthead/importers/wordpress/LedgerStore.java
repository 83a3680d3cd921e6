package org.masthead.importers.wordpress;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The wordpress_items table: what each WordPress item of a site became here. */
@RegisterConstructorMapper(LedgerStore.Row.class)
public interface LedgerStore {
    record Row(String kind, String wpKey, long localId, String fingerprint, String detail) {}

    @SqlQuery("SELECT kind, wp_key, local_id, fingerprint, detail FROM wordpress_items WHERE site = :site")
    List<Row> all(String site);

    @SqlUpdate("""
            INSERT INTO wordpress_items (site, kind, wp_key, local_id, fingerprint, detail)
            VALUES (:site, :kind, :wpKey, :localId, :fingerprint, :detail)
            ON CONFLICT (site, kind, wp_key) DO UPDATE SET local_id = excluded.local_id,
                fingerprint = excluded.fingerprint, detail = excluded.detail""")
    void save(String site, String kind, String wpKey, long localId, String fingerprint, String detail);

    @SqlBatch("""
            INSERT INTO wordpress_items (site, kind, wp_key, local_id, fingerprint, detail)
            VALUES (:site, :kind, :wpKey, :localId, :fingerprint, '')
            ON CONFLICT (site, kind, wp_key) DO UPDATE SET local_id = excluded.local_id,
                fingerprint = excluded.fingerprint""")
    void saveAll(String site, String kind, List<String> wpKey, List<Long> localId, List<String> fingerprint);
}
