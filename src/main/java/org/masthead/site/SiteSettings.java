package org.masthead.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.masthead.articles.ContentChange;
import org.masthead.comments.CommentPolicy;

/**
 * The newsroom's own settings (name, description, the reader-support appeal), stored in the database so
 * editors can change them without a restart. Read on every page, so kept in memory after the first read.
 */
public final class SiteSettings {
    private final Jdbi jdbi;
    private final AtomicReference<SiteIdentity> current = new AtomicReference<>();
    private final AtomicReference<CommentPolicy> commentPolicy = new AtomicReference<>();
    private final AtomicReference<Map<String, String>> all = new AtomicReference<>();
    private final List<ContentChange.Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public SiteSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void onChange(ContentChange.Listener listener) {
        listeners.add(listener);
    }

    public SiteIdentity identity() {
        SiteIdentity identity = current.get();
        if (identity == null) {
            identity = load();
            current.set(identity);
        }
        return identity;
    }

    /** Changes settings by name; every page shows the site's name, so every cached page goes stale. */
    public void update(Map<String, String> values) {
        jdbi.useTransaction(h -> values.forEach((name, value) -> {
            int updated = h.createUpdate("UPDATE site_settings SET value = :value WHERE name = :name")
                    .bind("name", name).bind("value", value).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO site_settings (name, value) VALUES (:name, :value)")
                        .bind("name", name).bind("value", value).execute();
            }
        }));
        current.set(null);
        commentPolicy.set(null);
        all.set(null);
        ContentChange everything = new ContentChange(java.util.Set.of("site"));
        listeners.forEach(l -> l.changed(everything));
    }

    /** Forgets what it read, after another node changed the settings. */
    public void forget() {
        current.set(null);
        commentPolicy.set(null);
        all.set(null);
    }

    /**
     * The comment rules stored with the site: reply depth and closing after N days. Kept in memory like the
     * identity and read again after {@link #update}, so a change applies at once, without a restart.
     */
    public CommentPolicy commentPolicy() {
        CommentPolicy policy = commentPolicy.get();
        if (policy == null) {
            policy = loadCommentPolicy();
            commentPolicy.set(policy);
        }
        return policy;
    }

    private CommentPolicy loadCommentPolicy() {
        Map<String, String> values = values();
        var defaults = CommentPolicy.defaults();
        return new CommentPolicy(
                Integer.parseInt(values.getOrDefault("comments.max-depth", "" + defaults.maxDepth())),
                defaults.threadsPerPage(), defaults.editWindow(),
                Integer.parseInt(values.getOrDefault("comments.close-after-days", "0")));
    }

    /**
     * Every stored setting by name, read once and kept (the same map object) until the settings change: features
     * with settings of their own (moderation) parse them again only when this map is a new one.
     */
    public Map<String, String> values() {
        Map<String, String> values = all.get();
        if (values == null) {
            values = Map.copyOf(read());
            all.set(values);
        }
        return values;
    }

    private Map<String, String> read() {
        Map<String, String> values = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name, value FROM site_settings")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> values.put(e.getKey(), e.getValue())));
        return values;
    }

    private SiteIdentity load() {
        Map<String, String> values = values();
        return new SiteIdentity(values.getOrDefault("site.name", "Masthead"),
                values.getOrDefault("site.description", ""),
                values.getOrDefault("site.language", "en"),
                new SiteIdentity.Appeal(Boolean.parseBoolean(values.getOrDefault("appeal.enabled", "false")),
                        values.getOrDefault("appeal.text", ""), values.getOrDefault("appeal.link", ""),
                        values.getOrDefault("appeal.button", "Donate")),
                values.getOrDefault("site.logo", ""), SiteMenu.parse(values.getOrDefault("site.menu", "")));
    }

    /** Every setting as stored, for the settings form. */
    public Map<String, String> all() {
        return values();
    }
}
