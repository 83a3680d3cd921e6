package org.masthead.taxonomy;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterConstructorMapper(Section.class)
@RegisterConstructorMapper(Tag.class)
public interface TaxonomyStore {
    @SqlQuery("SELECT id, parent_id, slug, name, description, position FROM categories ORDER BY position, name")
    List<Section> sections();

    @SqlQuery("INSERT INTO categories (parent_id, slug, name, description, position)"
            + " VALUES (:parentId, :slug, :name, :description, :position) RETURNING id")
    long insertSection(Long parentId, String slug, String name, String description, int position);

    @SqlQuery("SELECT id, slug, name FROM tags WHERE slug = :slug")
    Optional<Tag> tag(String slug);

    @SqlQuery("INSERT INTO tags (slug, name) VALUES (:slug, :name) RETURNING id")
    long insertTag(String slug, String name);
}
