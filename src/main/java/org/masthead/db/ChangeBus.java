package org.masthead.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.masthead.articles.ContentChange;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries content changes between the app nodes of a cluster through PostgreSQL LISTEN/NOTIFY, so every node's
 * page cache drops the pages another node changed. Each node sends its own changes (after they committed) and
 * applies everyone else's. A node that loses its listening connection cannot know what it missed, so after
 * reconnecting it drops its whole cache. On SQLite there is one node and nothing to carry.
 */
public final class ChangeBus implements ContentChange.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeBus.class);
    static final String CHANNEL = "masthead_changes";
    private static final int MAX_PAYLOAD = 7900; // PostgreSQL refuses payloads of 8000 bytes and more

    private final DataSource pool;
    private final String url;
    private final String user;
    private final String password;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final List<ContentChange.Listener> remoteListeners = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private final Thread listener;

    private ChangeBus(DataSource pool, String url, String user, String password) {
        this.pool = pool;
        this.url = url;
        this.user = user;
        this.password = password;
        this.listener = Thread.ofPlatform().name("change-bus").daemon().start(this::listen);
    }

    /** A bus on PostgreSQL; null on SQLite, where one process owns the database. */
    public static ChangeBus start(Database database, String url, String user, String password) {
        return database.dialect() == Dialect.POSTGRES ? new ChangeBus(database.dataSource(), url, user, password) : null;
    }

    /** Changes made on other nodes are handed to {@code listener}. */
    public void onRemoteChange(ContentChange.Listener listener) {
        remoteListeners.add(listener);
    }

    /** A change made on this node: tell the others. */
    @Override
    public void changed(ContentChange change) {
        String payload = node + " " + String.join(" ", change.keys());
        if (payload.length() > MAX_PAYLOAD) payload = node + " site"; // too much to list: everything is stale
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            s.setString(1, CHANNEL);
            s.setString(2, payload);
            s.execute();
        } catch (SQLException e) {
            LOG.warn("could not tell the other nodes about a change ({}); their caches may show old pages", e.getMessage());
        }
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection c = user.isEmpty() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (!first) deliver(new ContentChange(Set.of("site"))); // we may have missed changes while away
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes != null) for (PGNotification n : notes) receive(n.getParameter());
                }
            } catch (SQLException e) {
                if (!running) return;
                LOG.warn("change bus lost its connection ({}); reconnecting", e.getMessage());
                sleep();
            }
        }
    }

    private void receive(String payload) {
        String[] words = payload.split(" ");
        if (words.length < 2 || words[0].equals(node)) return; // our own change, applied already
        deliver(new ContentChange(Arrays.stream(words).skip(1).collect(Collectors.toUnmodifiableSet())));
    }

    private void deliver(ContentChange change) {
        remoteListeners.forEach(l -> l.changed(change));
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
    }
}
