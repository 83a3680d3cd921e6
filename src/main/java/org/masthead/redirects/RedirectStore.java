package org.masthead.redirects;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(RedirectStore.Row.class)
public interface RedirectStore {
    record Row(Long articleId, String target) {}

    record Existing(String source, Long articleId, String target) {}

    @SqlQuery("SELECT article_id, target FROM redirects WHERE source = :source")
    Optional<Row> find(String source);

    @SqlUpdate("""
            INSERT INTO redirects (source, article_id, target, created_at) VALUES (:source, :articleId, :target, :now)
            ON CONFLICT (source) DO UPDATE SET article_id = excluded.article_id, target = excluded.target""")
    int save(String source, Long articleId, String target, long now);

    @SqlQuery("SELECT source, article_id, target FROM redirects WHERE source IN (<sources>)")
    @RegisterConstructorMapper(Existing.class)
    List<Existing> findAll(@BindList List<String> sources);

    @SqlBatch("""
            INSERT INTO redirects (source, article_id, target, created_at) VALUES (:source, :articleId, :target, :now)
            ON CONFLICT (source) DO UPDATE SET article_id = excluded.article_id, target = excluded.target""")
    void saveAll(List<String> source, long articleId, String target, long now);
}
