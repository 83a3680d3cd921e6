package org.masthead.importers.wordpress;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.masthead.Newsroom;
import org.masthead.importers.wordpress.WxrReader.NotWxr;

/**
 * Imports one WordPress export: authors, categories and tags as they come, then every item with its comments as a
 * unit, so an item is stored whole or not at all. Everything is keyed by the exporting site's address and
 * WordPress's ids ({@link Ledger}), so running it again on the same file changes nothing and a newer export of the
 * same site updates what changed.
 *
 * <p>Items share a transaction, {@link #ITEMS_PER_TRANSACTION} at a time, and each is a savepoint inside it: one
 * that fails is rolled back alone while the others stay. A transaction per item cost a commit (and its rewrite of
 * the same index pages) for every post. A dry run is one transaction that is rolled back at the end.
 */
final class WordPressImport {
    record Options(Path mediaDir, boolean dryRun, boolean pages, boolean pingbacks) {}

    /**
     * Enough items that a commit (and SQLite's rewrite of the same index pages) is shared by many; few enough that
     * an interrupted import loses little and the write-ahead log stays small. Not tuned: other sizes not measured.
     */
    static final int ITEMS_PER_TRANSACTION = 100;

    private final Newsroom newsroom;
    private final Jdbi jdbi;
    private final Options options;
    private final PrintWriter out;
    private final boolean terminal;
    private final ImportReport report = new ImportReport();
    private Handle handle;
    private Ledger ledger;
    private int itemsInTransaction;

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
            // Inside the callback every JDBI call of this thread (articles, comments, redirects) joins this handle,
            // and so the transaction opened on it.
            jdbi.useHandle(h -> {
                handle = h;
                h.begin();
                try {
                    importAll(file);
                    endTransaction();
                } catch (Sneaky notWxr) {
                    endTransaction(); // the whole items before the cut stay
                    throw notWxr;
                } finally {
                    if (h.isInTransaction()) h.rollback();
                }
            });
        } catch (Sneaky s) {
            throw s.notWxr;
        }
        return report;
    }

    /** Commits the items so far (a dry run rolls them back). */
    private void endTransaction() {
        if (options.dryRun()) handle.rollback();
        else handle.commit();
        itemsInTransaction = 0;
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
                            if (!options.dryRun() && ++itemsInTransaction == ITEMS_PER_TRANSACTION) {
                                handle.commit();
                                handle.begin();
                                itemsInTransaction = 0;
                            }
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
        ledger = new Ledger(handle, site);
        return new Items(newsroom, ledger, options, report, this::inItem, reader);
    }

    /**
     * Runs one item's work as a unit: a savepoint in the open transaction. When the work fails, the item's rows and
     * what the ledger learnt from it are undone, and the items before it in the transaction stay.
     */
    private <T> T inItem(Supplier<T> work) {
        handle.savepoint("wordpress_item");
        ledger.startItem();
        try {
            T result = work.get();
            handle.releaseSavepoint("wordpress_item");
            ledger.itemDone();
            return result;
        } catch (RuntimeException e) {
            handle.rollbackToSavepoint("wordpress_item");
            ledger.undoItem();
            throw e;
        }
    }

    interface Unit {
        <T> T run(Supplier<T> work);
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
