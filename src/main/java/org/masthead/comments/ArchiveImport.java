package org.masthead.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jsoup.Jsoup;
import org.masthead.site.SiteSecret;

/**
 * Stores comments another system already moderated, with the status they had there, for {@link Comments#importArchived}.
 * A reply goes under its parent only if that parent is published: readers cannot see a reply under a comment they do
 * not see, so it moves up to the nearest published ancestor, or starts a thread. One insert per comment and one batch
 * for their places: a discussion of hundreds of comments costs little more than its rows.
 */
final class ArchiveImport {
    private static final Set<String> STATUSES = Set.of("published", "pending", "rejected");
    private final SiteSecret secret;
    private final int maxDepth;

    ArchiveImport(SiteSecret secret, int maxDepth) {
        this.secret = secret;
        this.maxDepth = maxDepth;
    }

    private record Spot(long id, long threadId, String path, int depth, String status, Long parentId) {}

    List<Long> store(Handle h, long articleId, List<ArchivedComment> comments) {
        CommentStore store = h.attach(CommentStore.class);
        Map<String, Spot> batch = new HashMap<>();
        Map<Long, Spot> known = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        List<Spot> placed = new ArrayList<>();
        int published = 0;
        for (ArchivedComment c : comments) {
            if (!STATUSES.contains(c.status())) throw new IllegalArgumentException("unknown status " + c.status());
            Spot parent = c.parentKey() != null ? batch.get(c.parentKey())
                    : c.parentId() != null ? spot(store, known, c.parentId()) : null;
            Spot attachTo = visibleAncestor(store, known, parent);
            // As for live replies: an answer to the deepest level goes next to the comment it answers.
            if (attachTo != null && attachTo.depth() >= maxDepth) attachTo = spot(store, known, attachTo.parentId());
            int depth = attachTo == null ? 1 : attachTo.depth() + 1;
            String html = CommentText.fromStored(c.html()).html();
            String text = Jsoup.parse(html).wholeText().strip();
            String ipHash = c.ipAddress() == null || c.ipAddress().isBlank() ? ""
                    : secret.sign("ip", c.ipAddress()).substring(0, 32);
            long id = store.insert(articleId, attachTo == null ? null : attachTo.id(), depth, clip(c.name(), 100),
                    c.email().length() > 320 ? "" : c.email(), null, text, html, c.status(), "import: " + c.key(),
                    ipHash, "", false, c.at().toEpochMilli(), "", decision(c.status()), "import", "");
            Spot spot = new Spot(id, attachTo == null ? id : attachTo.threadId(),
                    Comments.pathUnder(attachTo == null ? null : attachTo.path(), id), depth, c.status(),
                    attachTo == null ? null : attachTo.id());
            batch.put(c.key(), spot);
            known.put(id, spot);
            placed.add(spot);
            ids.add(id);
            if (c.status().equals("published")) published++;
        }
        if (!placed.isEmpty()) {
            store.placeAll(placed.stream().map(Spot::id).toList(), placed.stream().map(Spot::threadId).toList(),
                    placed.stream().map(Spot::path).toList(), placed.stream().map(s -> 0).toList());
        }
        if (published > 0) store.addToCount(articleId, published);
        return ids;
    }

    /** The comment itself if readers see it, else its nearest ancestor they see; null when there is none. */
    private Spot visibleAncestor(CommentStore store, Map<Long, Spot> known, Spot from) {
        for (Spot s = from; s != null; s = s.parentId() == null ? null : spot(store, known, s.parentId())) {
            if (s.status().equals("published")) return s;
        }
        return null;
    }

    private static Spot spot(CommentStore store, Map<Long, Spot> known, Long id) {
        if (id == null) return null;
        return known.computeIfAbsent(id, k -> store.find(k)
                .map(r -> new Spot(r.id(), r.threadId(), r.path(), r.depth(), r.status(), r.parentId()))
                .orElse(null));
    }

    /** The moderation decision a status stands for: the source's moderators made it. */
    private static String decision(String status) {
        return switch (status) {
            case "published" -> "publish";
            case "pending" -> "review";
            default -> "reject";
        };
    }

    static String clip(String text, int max) {
        String s = text == null || text.isBlank() ? "Anonymous" : text.strip();
        return s.length() <= max ? s : s.substring(0, max);
    }
}
