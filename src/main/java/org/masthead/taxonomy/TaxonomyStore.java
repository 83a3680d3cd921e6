package org.masthead.taxonomy;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Section.class)
@RegisterConstructorMapper(Tag.class)
public interface TaxonomyStore {
    @SqlQuery("SELECT id, parent_id, slug, name, description, position FROM categories ORDER BY position, name")
    List<Section> sections();

    @SqlQuery("INSERT INTO categories (parent_id, slug, name, description, position)"
            + " VALUES (:parentId, :slug, :name, :description, :position) RETURNING id")
    long insertSection(Long parentId, String slug, String name, String description, int position);

    @SqlUpdate("UPDATE categories SET slug = :slug, name = :name, description = :description WHERE id = :id")
    int updateSection(long id, String slug, String name, String description);

    @SqlUpdate("DELETE FROM categories WHERE id = :id")
    int deleteSection(long id);

    @SqlQuery("SELECT count(*) FROM article_categories WHERE category_id = :id")
    int articlesInSection(long id);

    @SqlQuery("SELECT count(*) FROM categories WHERE parent_id = :id")
    int subsections(long id);

    @SqlQuery("SELECT t.id, t.slug, t.name, (SELECT count(*) FROM article_tags a WHERE a.tag_id = t.id) AS articles"
            + " FROM tags t ORDER BY lower(t.name)")
    @RegisterConstructorMapper(TagUse.class)
    List<TagUse> tagsWithUse();

    @SqlQuery("SELECT category_id AS id, count(*) AS articles FROM article_categories GROUP BY category_id")
    @RegisterConstructorMapper(Count.class)
    List<Count> sectionUse();

    record Count(long id, int articles) {}

    @SqlQuery("SELECT id, slug, name FROM tags WHERE id = :id")
    Optional<Tag> tagById(long id);

    @SqlUpdate("UPDATE tags SET slug = :slug, name = :name WHERE id = :id")
    int updateTag(long id, String slug, String name);

    @SqlUpdate("DELETE FROM tags WHERE id = :id")
    int deleteTag(long id);

    @SqlQuery("SELECT count(*) FROM article_tags WHERE tag_id = :id")
    int articlesTagged(long id);

    @SqlQuery("SELECT target_id FROM taxonomy_redirects WHERE kind = :kind AND old_slug = :slug")
    Optional<Long> redirect(String kind, String slug);

    @SqlUpdate("DELETE FROM taxonomy_redirects WHERE kind = :kind AND (old_slug = :slug OR target_id = :targetId)")
    void dropRedirects(String kind, String slug, long targetId);

    @SqlUpdate("DELETE FROM taxonomy_redirects WHERE kind = :kind AND old_slug = :slug")
    void dropRedirect(String kind, String slug);

    @SqlUpdate("INSERT INTO taxonomy_redirects (kind, old_slug, target_id) VALUES (:kind, :slug, :targetId)")
    void addRedirect(String kind, String slug, long targetId);

    @SqlQuery("SELECT id, slug, name FROM tags WHERE slug = :slug")
    Optional<Tag> tag(String slug);

    @SqlQuery("INSERT INTO tags (slug, name) VALUES (:slug, :name) RETURNING id")
    long insertTag(String slug, String name);
}
