package org.masthead.importers.wordpress;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What an import did, per kind of item, and every problem it met with the item and line it came from. */
final class ImportReport {
    enum Kind { AUTHORS, CATEGORIES, TAGS, POSTS, PAGES, ATTACHMENTS, COMMENTS, REDIRECTS }

    enum Outcome { CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED }

    private final Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int items;

    ImportReport() {
        for (Kind k : Kind.values()) counts.put(k, new int[Outcome.values().length]);
    }

    void count(Kind kind, Outcome outcome) {
        counts.get(kind)[outcome.ordinal()]++;
    }

    void count(Kind kind, Outcome outcome, int n) {
        counts.get(kind)[outcome.ordinal()] += n;
    }

    void redirect(org.masthead.redirects.Redirects.Saved saved) {
        switch (saved) {
            case CREATED -> count(Kind.REDIRECTS, Outcome.CREATED);
            case UPDATED -> count(Kind.REDIRECTS, Outcome.UPDATED);
            case UNCHANGED -> count(Kind.REDIRECTS, Outcome.UNCHANGED);
            case REFUSED -> count(Kind.REDIRECTS, Outcome.SKIPPED);
        }
    }

    int total(Kind kind, Outcome outcome) {
        return counts.get(kind)[outcome.ordinal()];
    }

    /** Something not imported, or imported differently than it was: shown to the operator with where it came from. */
    void problem(String message) {
        problems.add(message);
    }

    /** Something imported as asked that the operator should still know (files not copied, for example). */
    void note(String message) {
        notes.add(message);
    }

    /** What the database said, without the statement and arguments JDBI adds: the first line of the first cause. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    List<String> problems() {
        return problems;
    }

    List<String> notes() {
        return notes;
    }

    void itemDone() {
        items++;
    }

    int items() {
        return items;
    }

    boolean failed() {
        return counts.values().stream().anyMatch(c -> c[Outcome.FAILED.ordinal()] > 0);
    }

    void print(PrintWriter out) {
        for (String note : notes) out.println("note: " + note);
        for (String problem : problems) out.println("problem: " + problem);
        out.printf("%-12s %8s %8s %10s %8s %8s%n", "", "created", "updated", "unchanged", "skipped", "failed");
        for (Kind kind : Kind.values()) {
            int[] c = counts.get(kind);
            out.printf("%-12s %8d %8d %10d %8d %8d%n", kind.name().toLowerCase(Locale.ROOT), c[0], c[1], c[2], c[3], c[4]);
        }
        out.flush();
    }
}
