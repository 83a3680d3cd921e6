package org.masthead.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.masthead.web.BadInput;

/**
 * Domains whose links hold a comment (the Links phase), edited by moderators; read once and kept in memory, read
 * again after a change (here, or on another node through the change bus: {@link #reload}).
 */
public final class LinkDomains {
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");
    private final Jdbi jdbi;
    private final Clock clock;
    private final AtomicReference<Set<String>> cached = new AtomicReference<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public LinkDomains(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public Set<String> blocked() {
        Set<String> domains = cached.get();
        if (domains == null) {
            domains = Set.copyOf(jdbi.withHandle(h -> h.createQuery("SELECT domain FROM blocked_link_domains")
                    .mapTo(String.class).list()));
            cached.set(domains);
        }
        return domains;
    }

    public void block(String domain, String note) {
        String d = domain(domain);
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO blocked_link_domains (domain, note, created_at) VALUES (:domain, :note, :now)
                        ON CONFLICT (domain) DO UPDATE SET note = excluded.note""")
                .bind("domain", d).bind("note", note == null ? "" : note.strip()).bind("now", clock.millis()).execute());
        changed();
    }

    public void unblock(String domain) {
        String d = domain(domain);
        if (jdbi.withHandle(h -> h.createUpdate("DELETE FROM blocked_link_domains WHERE domain = :d").bind("d", d).execute()) == 0) {
            throw new BadInput(404, d + " is not blocked.");
        }
        changed();
    }

    public void reload() {
        cached.set(null);
    }

    private void changed() {
        reload();
        listeners.forEach(Runnable::run);
    }

    /** The domain as stored ("https://www.Example.org/" is "example.org"), or a 422 saying it is not one. */
    public static String domain(String raw) {
        String d = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        if (d.endsWith("/")) d = d.substring(0, d.length() - 1);
        if (!DOMAIN.matcher(d).matches()) throw new BadInput(422, "'" + raw + "' is not a domain such as example.org.");
        return d;
    }
}
