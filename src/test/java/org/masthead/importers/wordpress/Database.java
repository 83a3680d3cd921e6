package org.masthead.importers.wordpress;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.Newsroom;
import org.masthead.config.Settings;

/** Reads what an import stored, straight from the tables, with a newsroom opened just for that. */
final class Database {
    private static final List<String> TABLES = List.of("staff", "categories", "tags", "images", "articles",
            "article_authors", "article_categories", "article_tags", "comments", "comment_counts", "redirects",
            "wordpress_items");

    private Database() {}

    static <T> T query(Map<String, String> env, String sql, Class<T> type) {
        try (Newsroom n = new Newsroom(Settings.load(env), Clock.systemUTC())) {
            return n.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(type).one());
        }
    }

    /** Runs a statement of the test's own (a trigger that makes the database refuse something). */
    static void execute(Map<String, String> env, String sql) {
        try (Newsroom n = new Newsroom(Settings.load(env), Clock.systemUTC())) {
            n.database.jdbi().useHandle(h -> h.execute(sql));
        }
    }

    static List<Map<String, Object>> rows(Map<String, String> env, String sql) {
        try (Newsroom n = new Newsroom(Settings.load(env), Clock.systemUTC())) {
            return n.database.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
        }
    }

    /** Every row of every table an import writes, as text: equal snapshots mean nothing changed. */
    static Map<String, List<String>> snapshot(Map<String, String> env) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        try (Newsroom n = new Newsroom(Settings.load(env), Clock.systemUTC())) {
            n.database.jdbi().useHandle(h -> {
                for (String table : TABLES) {
                    all.put(table, h.createQuery("SELECT * FROM " + table).mapToMap().list().stream()
                            .map(row -> new java.util.TreeMap<>(row).toString()).sorted().toList());
                }
            });
        }
        return all;
    }
}
