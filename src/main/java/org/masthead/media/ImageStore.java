package org.masthead.media;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Image.class)
public interface ImageStore {
    String COLUMNS = "id, file_key, width, height, widths, alt_text, caption, credit, format, original_name";
    /** Matches caption, alt text or file name; {@code :pattern} is a LIKE pattern in lower case, escaped with '!'. */
    String MATCHES = "(lower(caption) LIKE :pattern ESCAPE '!' OR lower(alt_text) LIKE :pattern ESCAPE '!'"
            + " OR lower(original_name) LIKE :pattern ESCAPE '!')";

    @SqlQuery("INSERT INTO images (file_key, width, height, widths, alt_text, caption, credit, format, original_name,"
            + " created_at) VALUES (:fileKey, :width, :height, :widths, :altText, :caption, :credit, :format,"
            + " :originalName, :now) RETURNING id")
    long insert(String fileKey, int width, int height, String widths, String altText, String caption, String credit,
            String format, String originalName, long now);

    @SqlQuery("SELECT " + COLUMNS + " FROM images WHERE id = :id")
    Optional<Image> find(long id);

    @SqlUpdate("UPDATE images SET alt_text = :altText, caption = :caption, credit = :credit WHERE id = :id")
    int describe(long id, String altText, String caption, String credit);

    @SqlQuery("SELECT " + COLUMNS + " FROM images WHERE " + MATCHES + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<Image> search(String pattern, int limit, int offset);

    @SqlQuery("SELECT count(*) FROM images WHERE " + MATCHES)
    int count(String pattern);
}
