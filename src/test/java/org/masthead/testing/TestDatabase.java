package org.masthead.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for one test: a new SQLite file by default, or a new schema in the PostgreSQL
 * server named by MASTHEAD_TEST_DATABASE_URL (as CI sets it). Flyway migrates it when a Newsroom opens it.
 */
public final class TestDatabase {
    public static final String POSTGRES_URL_VARIABLE = "MASTHEAD_TEST_DATABASE_URL";

    private TestDatabase() {}

    public static boolean onPostgres() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    /** Environment variables (as Settings reads them) for a fresh database and data folder. */
    public static Map<String, String> freshEnvironment() {
        Path dataDir = tempDir();
        if (!onPostgres()) {
            return Map.of("MASTHEAD_DATA_DIR", dataDir.toString(), "MASTHEAD_HTTP_PORT", "0");
        }
        String base = System.getenv(POSTGRES_URL_VARIABLE);
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + base + ": " + e.getMessage(), e);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Map.of("MASTHEAD_DATA_DIR", dataDir.toString(), "MASTHEAD_HTTP_PORT", "0",
                "MASTHEAD_DATABASE_URL", url, "MASTHEAD_DATABASE_POOL_SIZE", "4");
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("masthead-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
