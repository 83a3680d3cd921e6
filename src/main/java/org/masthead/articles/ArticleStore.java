package org.masthead.articles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.masthead.taxonomy.Section;
import org.masthead.taxonomy.Tag;

@RegisterConstructorMapper(ArticleRow.class)
public interface ArticleStore {
    String COLUMNS = "a.id, a.slug, a.title, a.dek, a.body_markdown, a.body_html, a.status, a.language, "
            + "a.editor_credit, a.featured_image_id, a.published_at, a.updated_at, a.comments_mode";

    @SqlQuery("""
            INSERT INTO articles (slug, title, dek, body_markdown, body_html, status, language, editor_credit,
                                  featured_image_id, published_at, updated_at, created_at)
            VALUES (:slug, :title, :dek, :bodyMarkdown, :bodyHtml, :status, :language, :editorCredit,
                    :featuredImageId, :publishedAt, :now, :now)
            RETURNING id""")
    long insert(String slug, String title, String dek, String bodyMarkdown, String bodyHtml, String status,
            String language, String editorCredit, Long featuredImageId, Long publishedAt, long now);

    @SqlUpdate("""
            UPDATE articles SET slug = :slug, title = :title, dek = :dek, body_markdown = :bodyMarkdown,
                   body_html = :bodyHtml, status = :status, language = :language, editor_credit = :editorCredit,
                   featured_image_id = :featuredImageId, published_at = :publishedAt, updated_at = :now
            WHERE id = :id""")
    int update(long id, String slug, String title, String dek, String bodyMarkdown, String bodyHtml, String status,
            String language, String editorCredit, Long featuredImageId, Long publishedAt, long now);

    @SqlUpdate("UPDATE articles SET status = :status, published_at = :publishedAt, updated_at = :now WHERE id = :id")
    int setStatus(long id, String status, Long publishedAt, long now);

    @SqlUpdate("UPDATE articles SET pinned = :pinned WHERE id = :id")
    int setPinned(long id, boolean pinned);

    @SqlUpdate("UPDATE articles SET featured_image_id = :imageId WHERE id = :id")
    int setFeaturedImage(long id, long imageId);

    @SqlUpdate("UPDATE articles SET comments_mode = :mode WHERE id = :id")
    int setCommentsMode(long id, String mode);

    @SqlQuery("SELECT " + COLUMNS + " FROM articles a WHERE a.id = :id")
    Optional<ArticleRow> find(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM articles a WHERE a.slug = :slug")
    Optional<ArticleRow> findBySlug(String slug);

    @SqlQuery("SELECT count(*) > 0 FROM articles WHERE slug = :slug AND id <> :exceptId")
    boolean slugTaken(String slug, long exceptId);

    @SqlQuery("SELECT id FROM articles WHERE featured_image_id = :imageId")
    List<Long> featuring(long imageId);

    @SqlQuery("SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= :now ORDER BY published_at")
    List<Long> dueForPublication(long now);

    // --- the article's links to staff, sections, tags and notes ---

    @SqlUpdate("DELETE FROM article_authors WHERE article_id = :id")
    void clearAuthors(long id);

    @SqlUpdate("INSERT INTO article_authors (article_id, staff_id, position) VALUES (:id, :staffId, :position)")
    void addAuthor(long id, long staffId, int position);

    @SqlUpdate("DELETE FROM article_categories WHERE article_id = :id")
    void clearSections(long id);

    @SqlUpdate("INSERT INTO article_categories (article_id, category_id, position) VALUES (:id, :sectionId, :position)")
    void addSection(long id, long sectionId, int position);

    @SqlUpdate("DELETE FROM article_tags WHERE article_id = :id")
    void clearTags(long id);

    @SqlUpdate("INSERT INTO article_tags (article_id, tag_id) VALUES (:id, :tagId)")
    void addTag(long id, long tagId);

    @SqlUpdate("DELETE FROM article_notes WHERE article_id = :id")
    void clearNotes(long id);

    @SqlUpdate("INSERT INTO article_notes (article_id, body, created_at) VALUES (:id, :body, :now)")
    void addNote(long id, String body, long now);

    @SqlQuery("SELECT body, created_at AS at FROM article_notes WHERE article_id = :id ORDER BY id")
    @RegisterConstructorMapper(NoteRow.class)
    List<NoteRow> notes(long id);

    record NoteRow(String body, long at) {}

    @SqlQuery("""
            SELECT aa.article_id, s.id, s.email, s.name, s.slug, s.role, s.bio
            FROM article_authors aa JOIN staff s ON s.id = aa.staff_id
            WHERE aa.article_id IN (<ids>) ORDER BY aa.article_id, aa.position""")
    @RegisterConstructorMapper(AuthorLink.class)
    List<AuthorLink> authors(@BindList("ids") Collection<Long> articleIds);

    record AuthorLink(long articleId, long id, String email, String name, String slug, String role, String bio) {}

    @SqlQuery("""
            SELECT ac.article_id, c.id, c.parent_id, c.slug, c.name, c.description, c.position
            FROM article_categories ac JOIN categories c ON c.id = ac.category_id
            WHERE ac.article_id IN (<ids>) ORDER BY ac.article_id, ac.position""")
    @RegisterConstructorMapper(SectionLink.class)
    List<SectionLink> sections(@BindList("ids") Collection<Long> articleIds);

    record SectionLink(long articleId, long id, Long parentId, String slug, String name, String description,
            int position) {
        Section section() {
            return new Section(id, parentId, slug, name, description, position);
        }
    }

    @SqlQuery("""
            SELECT t.id, t.slug, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
            WHERE at.article_id = :id ORDER BY t.name""")
    @RegisterConstructorMapper(Tag.class)
    List<Tag> tags(long id);
}
