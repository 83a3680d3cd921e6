package org.masthead.moderation.wordlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.db.Database;
import org.masthead.db.Dialect;
import org.masthead.testing.TestDatabase;

/** A site that copied the shipped lists before 2026-11-26 gets that day's slurs, and keeps its own changes. */
class WordListAdditionsTest {
    @Test
    void a_site_from_before_the_additions_gets_them_and_keeps_what_its_moderators_changed() {
        Map<String, String> env = TestDatabase.freshEnvironment();
        String url = env.getOrDefault("MASTHEAD_DATABASE_URL", "jdbc:sqlite:" + env.get("MASTHEAD_DATA_DIR") + "/masthead.db");
        // The site as the previous release left it (migrations up to V34), then edited by its moderators: a word
        // removed, another added to the suspect list.
        Database.migrations(Dialect.of(url)).dataSource(url, "", "").target("34").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // this build's V22 ships the additions too: take them out, as the previous release never had them
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM word_list_entries WHERE term = ?")) {
                for (Entry added : WordLists.added("2026-11-26")) {
                    delete.setString(1, added.term());
                    delete.executeUpdate();
                }
            }
            s.execute("DELETE FROM word_list_entries WHERE term = 'idiot*'");
            s.execute("INSERT INTO word_list_entries (term, kind, category, language, created_at)"
                    + " VALUES ('pikey*', 'suspect', 'insult', 'en', 0)");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        try (Database site = Database.open(url, "", "", 2)) {
            assertThat(kind(site, "beaner")).isEqualTo("blocked");
            assertThat(kind(site, "нігер")).isEqualTo("blocked");
            assertThat(kind(site, "pikey*")).isEqualTo("suspect"); // the site's own choice stands
            assertThat(kind(site, "idiot*")).isNull(); // removed by its moderators before: not shipped again
        }
    }

    private static String kind(Database db, String term) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT kind FROM word_list_entries WHERE term = :t")
                .bind("t", term).mapTo(String.class).findOne().orElse(null));
    }
}
