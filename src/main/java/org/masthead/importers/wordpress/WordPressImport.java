package org.masthead.importers.wordpress;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.masthead.Newsroom;
import org.masthead.importers.wordpress.ImportReport.Kind;
import org.masthead.importers.wordpress.ImportReport.Outcome;
import org.masthead.importers.wordpress.WxrReader.NotWxr;

/**
 * Imports one WordPress export: authors, categories and tags as they come, then every item in its own transaction
 * with its comments, so an item is stored whole or not at all. Everything is keyed by the exporting site's address
 * and WordPress's ids ({@link Ledger}), so running it again on the same file changes nothing and a newer export of
 * the same site updates what changed. A dry run does all of it inside one transaction and rolls it back.
 */
final class WordPressImport {
    record Options(Path mediaDir, boolean dryRun, boolean pages, boolean pingbacks) {}

    private final Newsroom newsroom;
    private final Jdbi jdbi;
    private final Options options;
    private final PrintWriter out;
    private final boolean terminal;
    private final ImportReport report = new ImportReport();
    private Handle dryRunHandle;

    WordPressImport(Newsroom newsroom, Options options, PrintWriter out, boolean terminal) {
        this.newsroom = newsroom;
        this.jdbi = newsroom.database.jdbi();
        this.options = options;
        this.out = out;
        this.terminal = terminal;
    }

    /** Imports the file; throws {@link NotWxr} when it is not a WordPress export or ends in the middle. */
    ImportReport run(Path file) throws NotWxr {
        try {
            if (!options.dryRun()) {
                importAll(file);
                return report;
            }
            jdbi.useTransaction(h -> {
                dryRunHandle = h;
                importAll(file);
                throw new RollBack();
            });
        } catch (RollBack expected) {
            // nothing of a dry run stays
        } catch (Sneaky s) {
            throw s.notWxr;
        }
        return report;
    }

    private void importAll(Path file) {
        try (WxrReader reader = new WxrReader(file)) {
            Progress progress = new Progress(out, terminal, 1000, reader::progress);
            Items items = null;
            try {
                for (WxrReader.Entry entry = reader.next(); entry != null; entry = reader.next()) {
                    if (items == null) items = start(reader);
                    switch (entry) {
                        case WxrReader.Author a -> items.author(a);
                        case WxrReader.Term t -> items.term(t);
                        case WxrReader.Item i -> {
                            items.item(i.item());
                            report.itemDone();
                            progress.itemDone();
                        }
                    }
                }
                if (items != null) items.finish();
            } finally {
                progress.finish();
            }
        } catch (NotWxr e) {
            throw new Sneaky(e);
        } catch (java.io.IOException e) {
            throw new Sneaky(new NotWxr("cannot read " + file + ": " + e.getMessage()));
        }
    }

    private Items start(WxrReader reader) throws NotWxr {
        String site = reader.siteUrl().strip();
        if (site.isEmpty()) throw new NotWxr("not a WordPress export: the channel names no wp:base_site_url");
        if (site.endsWith("/")) site = site.substring(0, site.length() - 1);
        out.println("Importing " + (reader.siteTitle().isBlank() ? site : reader.siteTitle() + " (" + site + ")")
                + ", WXR " + reader.wxrVersion() + (options.dryRun() ? ", dry run: nothing will be stored" : ""));
        out.flush();
        return new Items(newsroom, new Ledger(jdbi, site), options, report, this::inItem, reader);
    }

    /** Runs one item's work as a unit: its own transaction, or a savepoint inside a dry run's one transaction. */
    private <T> T inItem(Supplier<T> work) {
        if (dryRunHandle == null) return jdbi.inTransaction(h -> work.get());
        dryRunHandle.savepoint("wordpress_item");
        try {
            T result = work.get();
            dryRunHandle.releaseSavepoint("wordpress_item");
            return result;
        } catch (RuntimeException e) {
            dryRunHandle.rollbackToSavepoint("wordpress_item");
            throw e;
        }
    }

    interface Unit {
        <T> T run(Supplier<T> work);
    }

    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }

    /** Carries a {@link NotWxr} out of a JDBI callback, which admits only unchecked exceptions. */
    private static final class Sneaky extends RuntimeException {
        final NotWxr notWxr;

        Sneaky(NotWxr notWxr) {
            super(notWxr.getMessage(), null, false, false);
            this.notWxr = notWxr;
        }
    }
}
