package org.masthead.importers.wordpress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What each WordPress item of one site became here, keyed by kind and WordPress id (or slug, or login), read once
 * at the start and kept in memory: an import asks about every item and comment, a query each would be most of its
 * time. Writes go to the database in the caller's transaction and to memory at once; when an item fails, what it
 * wrote is taken back out of memory ({@link #undoItem}) as its savepoint takes it out of the database.
 */
final class Ledger {
    record Entry(long localId, String fingerprint, String detail) {}

    /** Attached once to the import's handle: attaching a SQL object costs more than the statement it runs. */
    private final LedgerStore store;
    private final String site;
    private final Map<String, Entry> entries = new HashMap<>();
    /** Attachments by the WordPress id of the post they belong to: their pages redirect to the post's article. */
    private final Map<Long, List<String>> attachmentsOf = new HashMap<>();
    /** While an item is stored: what it replaced, by key (null: there was nothing), to put back if it fails. */
    private Map<String, Entry> beforeItem;

    Ledger(Handle handle, String site) {
        this.store = handle.attach(LedgerStore.class);
        this.site = site;
        for (LedgerStore.Row row : store.all(site)) {
            put(row.kind(), row.wpKey(), new Entry(row.localId(), row.fingerprint(), row.detail()));
        }
    }

    Optional<Entry> find(String kind, String wpKey) {
        return Optional.ofNullable(entries.get(kind + ":" + wpKey));
    }

    Optional<Entry> find(String kind, long wpId) {
        return find(kind, String.valueOf(wpId));
    }

    /** All entries of a kind whose detail is {@code detail}: posts waiting for attachment N ("thumbnail:N"). */
    List<Long> localIdsWaitingFor(String kind, String detail) {
        List<Long> ids = new ArrayList<>();
        String prefix = kind + ":";
        entries.forEach((k, e) -> {
            if (k.startsWith(prefix) && e.detail().equals(detail)) ids.add(e.localId());
        });
        return ids;
    }

    /** Records an item inside the current transaction; {@code afterCommit} makes it known to later items. */
    Runnable save(String kind, String wpKey, long localId, String fingerprint, String detail) {
        store.save(site, kind, wpKey, localId, fingerprint, detail);
        return () -> put(kind, wpKey, new Entry(localId, fingerprint, detail));
    }

    Runnable saveAll(String kind, List<String> wpKeys, List<Long> localIds, List<String> fingerprints) {
        if (wpKeys.isEmpty()) return () -> { };
        store.saveAll(site, kind, wpKeys, localIds, fingerprints);
        return () -> {
            for (int i = 0; i < wpKeys.size(); i++) {
                put(kind, wpKeys.get(i), new Entry(localIds.get(i), fingerprints.get(i), ""));
            }
        };
    }

    private void put(String kind, String wpKey, Entry entry) {
        String key = kind + ":" + wpKey;
        Entry before = entries.put(key, entry);
        if (beforeItem != null && !beforeItem.containsKey(key)) beforeItem.put(key, before);
        if (kind.equals(ATTACHMENT_PAGE) && before == null) {
            attachmentsOf.computeIfAbsent(entry.localId(), k -> new ArrayList<>()).add(wpKey);
        }
    }

    /** An item starts: what it records from here on can be taken back. */
    void startItem() {
        beforeItem = new HashMap<>();
    }

    /** The item is stored (it commits with its transaction). */
    void itemDone() {
        beforeItem = null;
    }

    /** The item failed and its savepoint was rolled back: forget what it recorded. */
    void undoItem() {
        beforeItem.forEach((key, before) -> {
            if (before != null) {
                entries.put(key, before);
                return;
            }
            entries.remove(key);
            if (key.startsWith(ATTACHMENT_PAGE + ":")) {
                String wpKey = key.substring(ATTACHMENT_PAGE.length() + 1);
                attachmentsOf.values().forEach(list -> list.remove(wpKey));
            }
        });
        beforeItem = null;
    }

    /** Kind of entry that remembers which post an attachment belongs to (local_id: the post's WordPress id). */
    static final String ATTACHMENT_PAGE = "attachment-page";

    /** The WordPress ids of the attachments that belong to a post, as far as the imports so far have seen. */
    List<String> attachmentsOf(long postWpId) {
        return attachmentsOf.getOrDefault(postWpId, List.of());
    }

    static String fingerprint(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
