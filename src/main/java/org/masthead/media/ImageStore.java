package org.masthead.media;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterConstructorMapper(Image.class)
public interface ImageStore {
    @SqlQuery("INSERT INTO images (file_key, width, height, widths, alt_text, caption, credit, created_at)"
            + " VALUES (:fileKey, :width, :height, :widths, :altText, :caption, :credit, :now) RETURNING id")
    long insert(String fileKey, int width, int height, String widths, String altText, String caption, String credit,
            long now);

    @SqlQuery("SELECT id, file_key, width, height, widths, alt_text, caption, credit FROM images WHERE id = :id")
    Optional<Image> find(long id);
}
