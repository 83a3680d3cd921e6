package org.masthead.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The connection pool, JDBI and the schema migrations, opened once per process. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        if (dialect == Dialect.SQLITE) jdbi.setTransactionHandler(new OneWriterAtATime(jdbi.getTransactionHandler()));
    }

    /** Opens the pool and migrates the schema to the newest version before anything else uses it. */
    public static Database open(String url, String user, String password, int poolSize) {
        Dialect dialect = Dialect.of(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("masthead");
        if (!user.isEmpty()) config.setUsername(user);
        if (!password.isEmpty()) config.setPassword(password);
        if (dialect == Dialect.SQLITE) {
            createParentFolder(url);
            // Measured (docs/ARCHITECTURE.md): without IMMEDIATE transactions most concurrent
            // read-then-write transactions fail with SQLITE_BUSY, and the default busy handler stalls
            // virtual threads.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "5000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // Every write makes the other connections drop their page caches; read through a memory map they do
            // not copy the pages in again with a system call each (that copying was a tenth of a comment's CPU).
            config.addDataSourceProperty("mmap_size", "268435456");
        }
        // Flyway needs two connections on PostgreSQL.
        config.setMaximumPoolSize(Math.max(2, poolSize));
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrations(dialect).dataSource(dataSource).load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, dialect);
    }

    private static void createParentFolder(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) file = file.substring(0, query);
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) return;
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the database folder " + parent + ": " + e.getMessage(), e);
        }
    }

    /** Masthead's migrations for a database of this dialect: the common ones and the dialect's own. */
    public static FluentConfiguration migrations(Dialect dialect) {
        return Flyway.configure()
                .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.name().toLowerCase())
                .placeholders(dialect.placeholders());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
