package org.masthead.moderation.wordlists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.masthead.web.BadInput;

/**
 * The site's word lists, kept in the database (copied from the shipped lists on the first start) and compiled into
 * one {@link WordMatcher}. Adding or removing an entry recompiles it at once on this node, so the next comment is
 * matched against the new lists; other nodes of a cluster recompile when the change bus tells them ({@link #reload}),
 * a moment later.
 */
public final class WordLists {
    public static final List<String> LANGUAGES = List.of("en", "ru", "uk");
    /** As long as the column (word_list_entries.term). */
    public static final int MAX_TERM = 200;
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

    /** One page of the entries that {@code filter} selects, by term, and how many it selects in all. */
    public EntryPage page(EntryFilter filter, int page, int perPage) {
        return jdbi.withHandle(h -> {
            // Built at run time: each part of the filter is optional. Every value is bound, never written into SQL.
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            Map<String, Object> values = new HashMap<>();
            if (filter.kind() != null) {
                where.append(" AND kind = :kind");
                values.put("kind", filter.kind().id());
            }
            if (!filter.language().isEmpty()) {
                where.append(" AND language = :language");
                values.put("language", filter.language());
            }
            if (!filter.category().isEmpty()) {
                where.append(" AND category = :category");
                values.put("category", filter.category());
            }
            if (!filter.search().isEmpty()) {
                // LIKE's own wildcards in what the editor typed are searched for as text.
                where.append(" AND term LIKE :pattern ESCAPE '!'");
                values.put("pattern", "%" + filter.search().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            var count = h.createQuery("SELECT count(*) FROM word_list_entries" + where).bindMap(values);
            var rows = h.createQuery("SELECT term, kind, category, language FROM word_list_entries" + where
                    + " ORDER BY term, kind LIMIT :limit OFFSET :offset").bindMap(values);
            int total = count.mapTo(Integer.class).one();
            List<Entry> entries = rows.bind("limit", perPage).bind("offset", (page - 1) * perPage)
                    .map((rs, ctx) -> new Entry(rs.getString(1), Entry.Kind.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4)))
                    .list();
            return new EntryPage(entries, total);
        });
    }

    /**
     * Adds a word or phrase to one list. Terms are kept in lower case (matching ignores case anyway), so "Idiot*" and
     * "idiot*" are the same entry; a term already on either list is refused, naming where it is, so an editor moves
     * an entry deliberately (remove, then add) rather than by accident.
     */
    public Entry add(String term, Entry.Kind kind, String category, String language) {
        Entry entry = valid(term, kind, category, language);
        try {
            jdbi.useTransaction(h -> {
                var listed = h.createQuery("SELECT kind, category FROM word_list_entries WHERE term = :term")
                        .bind("term", entry.term()).map((rs, ctx) -> rs.getString(1) + " list (" + rs.getString(2) + ")")
                        .findFirst();
                if (listed.isPresent()) {
                    throw new BadInput("'" + entry.term() + "' is already on the " + listed.get() + ".");
                }
                h.createUpdate("""
                                INSERT INTO word_list_entries (term, kind, category, language, created_at)
                                VALUES (:term, :kind, :category, :language, :now)""")
                        .bind("term", entry.term()).bind("kind", kind.id()).bind("category", entry.category())
                        .bind("language", entry.language()).bind("now", clock.millis()).execute();
            });
        } catch (UnableToExecuteStatementException sameMoment) {
            // Two editors adding the same term at once: the unique key (term, kind) lets one in.
            if (entries().stream().noneMatch(e -> e.term().equals(entry.term()) && e.kind() == kind)) throw sameMoment;
            throw new BadInput("'" + entry.term() + "' was just added to the " + kind.id() + " list.");
        }
        changed();
        return entry;
    }

    /** The entry as it would be stored, or a {@link BadInput} (400) saying what is wrong with it. */
    static Entry valid(String term, Entry.Kind kind, String category, String language) {
        String t = normalTerm(term);
        String c = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
        String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) throw new BadInput("Please write the word or phrase to list.");
        if (t.length() > MAX_TERM) throw new BadInput("A term has at most " + MAX_TERM + " characters; this one has " + t.length() + ".");
        if (kind == null) throw new BadInput("Please choose a list: blocked or suspect.");
        if (!Entry.CATEGORIES.contains(c)) {
            throw new BadInput("Please choose a category: profanity, insult, slur, threat or spam.");
        }
        if (!LANGUAGES.contains(l)) throw new BadInput("Please choose a language: " + String.join(", ", LANGUAGES) + ".");
        Entry entry = new Entry(t, kind, c, l);
        if (new WordMatcher(List.of(entry)).size() == 0) {
            throw new BadInput("'" + t + "' has no letters to match (a stem needs at least three).");
        }
        return entry;
    }

    /** A term as stored: single spaces, lower case. */
    static String normalTerm(String term) {
        return term == null ? "" : term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public void remove(String term, Entry.Kind kind) {
        String t = normalTerm(term);
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

    /**
     * Entries shipped after the first release, by the day they were added: a site that started before that day got
     * them from the migration of the same day (V35 for 2026-11-26), a new site gets them with the rest.
     */
    public static final List<String> ADDITIONS = List.of("2026-11-26");

    /**
     * The lists shipped with Masthead: src/main/resources/moderation/wordlists/LANGUAGE.txt and the additions
     * (wordlists/added-DAY/LANGUAGE.txt).
     */
    public static List<Entry> shipped() {
        List<Entry> all = new ArrayList<>();
        for (String language : LANGUAGES) all.addAll(read("/moderation/wordlists/" + language + ".txt", language));
        for (String day : ADDITIONS) all.addAll(added(day));
        return all;
    }

    /** The entries added to the shipped lists on {@code day} (one of {@link #ADDITIONS}). */
    public static List<Entry> added(String day) {
        List<Entry> all = new ArrayList<>();
        for (String language : LANGUAGES) {
            all.addAll(read("/moderation/wordlists/added-" + day + "/" + language + ".txt", language));
        }
        return all;
    }

    private static List<Entry> read(String file, String language) {
        var in = WordLists.class.getResourceAsStream(file);
        if (in == null) throw new IllegalStateException(file + " is missing from the build");
        List<Entry> all = new ArrayList<>();
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
        return all;
    }
}
