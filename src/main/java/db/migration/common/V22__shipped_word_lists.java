package db.migration.common;

import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.masthead.moderation.wordlists.Entry;
import org.masthead.moderation.wordlists.WordLists;

/**
 * Copies the word lists shipped in src/main/resources/moderation/wordlists into the database, once: from then on
 * the site's moderators own them and edit them on the desk. A Java migration because it reads those files.
 */
public class V22__shipped_word_lists extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        long now = System.currentTimeMillis();
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO word_list_entries (term, kind, category, language, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (term, kind) DO NOTHING")) {
            for (Entry e : WordLists.shipped()) {
                insert.setString(1, e.term());
                insert.setString(2, e.kind().id());
                insert.setString(3, e.category());
                insert.setString(4, e.language());
                insert.setLong(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
