package org.masthead.importers.wordpress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.Newsroom;
import org.masthead.comments.ArchivedComment;
import org.masthead.importers.wordpress.ImportReport.Kind;
import org.masthead.importers.wordpress.ImportReport.Outcome;

/**
 * The comments of one item, stored with it: threading (wp:comment_parent), names, e-mails, dates and status.
 * Approved comments are published; held ones (0) wait for a moderator; spam and trash are kept but never shown.
 * Pingbacks and trackbacks are kept unless the import was told to skip them.
 */
final class ItemComments {
    /** Comment types of readers' comments: '' before WordPress 5.5, 'comment' since, 'review' for shops' products. */
    private static final Set<String> READERS = Set.of("", "comment", "review");
    /** Other sites linking to the post; anything else (editorial notes, shop order notes, plugins' logs) is skipped. */
    private static final Set<String> PINGS = Set.of("pingback", "trackback", "webmention");
    private final Newsroom newsroom;
    private final Ledger ledger;
    private final WordPressImport.Options options;
    private final ImportReport report;

    ItemComments(Newsroom newsroom, Ledger ledger, WordPressImport.Options options, ImportReport report) {
        this.newsroom = newsroom;
        this.ledger = ledger;
        this.options = options;
        this.report = report;
    }

    /** Stores the item's new comments and updates the changed ones, inside the item's transaction. */
    void store(WxrItem item, long articleId, Instant postDate) {
        if (item.comments.isEmpty()) return;
        Map<Long, WxrComment> byId = new HashMap<>();
        for (WxrComment c : item.comments) byId.put(c.id(), c);
        List<ArchivedComment> fresh = new ArrayList<>();
        List<String> freshKeys = new ArrayList<>();
        List<String> freshFingerprints = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (WxrComment c : inReplyOrder(item.comments, byId)) {
            String type = c.get("comment_type").strip();
            boolean ping = PINGS.contains(type);
            if (ping && !options.pingbacks()) {
                report.count(Kind.COMMENTS, Outcome.SKIPPED);
                continue;
            }
            if (!ping && !READERS.contains(type)) {
                report.count(Kind.COMMENTS, Outcome.SKIPPED);
                report.note(item.describe() + ", comment " + c.id() + " (line " + c.line + "): its type '" + type
                        + "' is not a reader's comment; skipped");
                continue;
            }
            Instant at = WpDates.parse(c.get("comment_date_gmt"), c.get("comment_date")).orElse(null);
            if (at == null) {
                at = postDate == null ? Instant.EPOCH : postDate;
                report.problem(item.describe() + ", comment " + c.id() + " (line " + c.line + "): invalid date '"
                        + c.get("comment_date_gmt") + "'; given the post's date");
            }
            String status = status(c.get("comment_approved"));
            String html = html(c, ping);
            String name = Items.text(c.get("comment_author"));
            String fingerprint = Ledger.fingerprint(name, html, status);
            var known = ledger.find("comment", c.id());
            if (known.isPresent()) {
                if (known.get().fingerprint().equals(fingerprint)) {
                    report.count(Kind.COMMENTS, Outcome.UNCHANGED);
                } else {
                    newsroom.comments.updateArchived(known.get().localId(), name, html, status);
                    ledger.save("comment", String.valueOf(c.id()), known.get().localId(), fingerprint, "").run();
                    report.count(Kind.COMMENTS, Outcome.UPDATED);
                }
                continue;
            }
            long parentWp = c.parent();
            String parentKey = null;
            Long parentId = null;
            if (parentWp != 0) {
                var parentKnown = ledger.find("comment", parentWp);
                if (placed.contains(parentWp)) {
                    parentKey = String.valueOf(parentWp);
                } else if (parentKnown.isPresent() && byId.containsKey(parentWp)) {
                    parentId = parentKnown.get().localId(); // stored by an earlier run of this post
                } else {
                    // A parent under another post (comments moved by a plugin) would thread this one into a
                    // discussion readers of this article never see.
                    String where = parentKnown.isPresent() ? "belongs to another post"
                            : byId.containsKey(parentWp) ? "was not imported" : "is not among this post's comments";
                    report.problem(item.describe() + ", comment " + c.id() + " (line " + c.line + "): it answers comment "
                            + parentWp + ", which " + where + "; placed at the top level");
                }
            }
            fresh.add(new ArchivedComment(String.valueOf(c.id()), parentKey, parentId, name,
                    c.get("comment_author_email").strip(), c.get("comment_author_IP"), html, at, status));
            freshKeys.add(String.valueOf(c.id()));
            freshFingerprints.add(fingerprint);
            placed.add(c.id());
        }
        if (fresh.isEmpty()) return;
        List<Long> ids = newsroom.comments.importArchived(articleId, fresh);
        ledger.saveAll("comment", freshKeys, ids, freshFingerprints).run();
        report.count(Kind.COMMENTS, Outcome.CREATED, ids.size());
    }

    /** Oldest first, but never a reply before the comment it answers (clocks and edited dates disagree). */
    private static List<WxrComment> inReplyOrder(List<WxrComment> comments, Map<Long, WxrComment> byId) {
        List<WxrComment> byDate = new ArrayList<>(comments);
        byDate.sort(Comparator.comparing((WxrComment c) -> c.get("comment_date_gmt")).thenComparingLong(WxrComment::id));
        List<WxrComment> ordered = new ArrayList<>();
        Set<Long> done = new HashSet<>();
        for (WxrComment c : byDate) add(c, byId, done, ordered, 0);
        return ordered;
    }

    private static void add(WxrComment c, Map<Long, WxrComment> byId, Set<Long> done, List<WxrComment> out, int depth) {
        if (done.contains(c.id()) || depth > 1000) return;
        WxrComment parent = byId.get(c.parent());
        if (parent != null && parent != c) add(parent, byId, done, out, depth + 1);
        if (done.add(c.id())) out.add(c);
    }

    private static String status(String approved) {
        return switch (approved.strip()) {
            case "1", "approve" -> "published";
            case "0", "hold", "" -> "pending";
            default -> "rejected"; // spam, trash, post-trashed
        };
    }

    /** WordPress shows a comment's stored text with paragraphs added; a pingback as a link to the page that linked. */
    private static String html(WxrComment c, boolean ping) {
        String body = WordPressHtml.comment(c.get("comment_content"));
        if (!ping) return body;
        String url = c.get("comment_author_url").strip();
        if (!url.startsWith("http")) return body;
        String escaped = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "<p>Linked from <a href=\"" + escaped + "\">" + escaped + "</a></p>" + body;
    }
}
