package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.masthead.moderation.wordlists.Entry;

/**
 * Writes shipped word-list entries into a site's lists, leaving alone any term the site already has on either list
 * (the desk keeps a term on one list only).
 */
final class ShippedWordListEntries {
    private ShippedWordListEntries() {}

    static void insert(Connection connection, List<Entry> entries) throws SQLException {
        long now = System.currentTimeMillis();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO word_list_entries (term, kind, category, language, created_at) SELECT ?, ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM word_list_entries WHERE term = ?)")) {
            for (Entry e : entries) {
                insert.setString(1, e.term());
                insert.setString(2, e.kind().id());
                insert.setString(3, e.category());
                insert.setString(4, e.language());
                insert.setLong(5, now);
                insert.setString(6, e.term());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
