package org.masthead.moderation.wordlists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.masthead.web.BadInput;

/**
 * The site's word lists, kept in the database (copied from the shipped lists on the first start) and compiled into
 * one {@link WordMatcher}. Adding or removing an entry recompiles it at once; other nodes of a cluster recompile when
 * told ({@link #reload}, through the change bus).
 */
public final class WordLists {
    public static final List<String> LANGUAGES = List.of("en", "ru", "uk");
    private final Jdbi jdbi;
    private final Clock clock;
    private final AtomicReference<WordMatcher> matcher = new AtomicReference<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WordLists(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Called after this node changed the lists (the change bus tells the other nodes). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Every entry, by list, category and term. */
    public List<Entry> entries() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT term, kind, category, language FROM word_list_entries ORDER BY kind, category, term")
                .map((rs, ctx) -> new Entry(rs.getString(1), Entry.Kind.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4)))
                .list());
    }

    /** Adds a word or phrase (or changes the category of one already on that list). */
    public Entry add(String term, Entry.Kind kind, String category, String language) {
        String t = term == null ? "" : term.strip().replaceAll("\\s+", " ");
        String c = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
        String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 200) throw new BadInput(422, "A term has 1 to 200 characters.");
        if (!Entry.CATEGORIES.contains(c)) {
            throw new BadInput(422, "Please choose a category: profanity, insult, slur, threat or spam.");
        }
        if (l.length() > 10) throw new BadInput(422, "A language is a short code such as en, ru or uk.");
        Entry entry = new Entry(t, kind, c, l);
        if (new WordMatcher(List.of(entry)).size() == 0) {
            throw new BadInput(422, "'" + t + "' has no letters to match (a stem needs at least three).");
        }
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO word_list_entries (term, kind, category, language, created_at)
                        VALUES (:term, :kind, :category, :language, :now)
                        ON CONFLICT (term, kind) DO UPDATE SET category = excluded.category, language = excluded.language""")
                .bind("term", t).bind("kind", kind.id()).bind("category", c).bind("language", l)
                .bind("now", clock.millis()).execute());
        changed();
        return entry;
    }

    public void remove(String term, Entry.Kind kind) {
        String t = term == null ? "" : term.strip().replaceAll("\\s+", " ");
        int removed = jdbi.withHandle(h -> h.createUpdate("DELETE FROM word_list_entries WHERE term = :term AND kind = :kind")
                .bind("term", t).bind("kind", kind.id()).execute());
        if (removed == 0) throw new BadInput(404, "'" + t + "' is not on the " + kind.id() + " list.");
        changed();
    }

    /** The compiled lists; compiled on first use and after every change. */
    public WordMatcher matcher() {
        WordMatcher m = matcher.get();
        if (m == null) {
            m = new WordMatcher(entries());
            matcher.compareAndSet(null, m);
        }
        return m;
    }

    /** Compiles the lists again from the database (another node changed them). */
    public void reload() {
        matcher.set(new WordMatcher(entries()));
    }

    private void changed() {
        reload();
        listeners.forEach(Runnable::run);
    }

    /** The lists shipped with Masthead, from src/main/resources/moderation/wordlists/LANGUAGE.txt. */
    public static List<Entry> shipped() {
        List<Entry> all = new ArrayList<>();
        for (String language : LANGUAGES) {
            String file = "/moderation/wordlists/" + language + ".txt";
            var in = WordLists.class.getResourceAsStream(file);
            if (in == null) throw new IllegalStateException(file + " is missing from the build");
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    String[] parts = line.split("\\s+", 3);
                    if (parts.length < 3 || !Entry.CATEGORIES.contains(parts[1])) {
                        throw new IllegalStateException(file + " line " + number + ": expected LIST CATEGORY TERM");
                    }
                    all.add(new Entry(parts[2], Entry.Kind.parse(parts[0]), parts[1], language));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
