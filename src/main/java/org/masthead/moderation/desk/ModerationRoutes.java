package org.masthead.moderation.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.Articles;
import org.masthead.comments.CommentReviews;
import org.masthead.desk.AuditLog;
import org.masthead.desk.DeskAccess;
import org.masthead.desk.DeskPages;
import org.masthead.moderation.sanctions.Sanction;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;
import org.masthead.web.Paging;

/**
 * The moderators' desk under /desk/moderation/: the queues, approve and reject (one comment or many), appeals.
 * Every route asks for {@link Permission#MODERATE_COMMENTS} first; every action is written to the audit log.
 * Forms work without JavaScript; moderation.js adds keyboard shortcuts on top.
 */
public final class ModerationRoutes implements EndpointGroup {
    static final int PER_PAGE = 20;

    private final ModerationDesk desk;
    private final DeskAccess access;
    private final DeskPages pages;
    private final AuditLog audit;
    private final Articles articles;

    public ModerationRoutes(ModerationDesk desk, DeskAccess access, DeskPages pages, AuditLog audit, Articles articles) {
        this.desk = desk;
        this.access = access;
        this.pages = pages;
        this.audit = audit;
        this.articles = articles;
    }

    @Override
    public void addEndpoints() {
        get("/desk/moderation/", ctx -> {
            access.require(ctx, Permission.MODERATE_COMMENTS);
            ctx.redirect(DeskQueue.HELD.path(), HttpStatus.SEE_OTHER);
        });
        for (DeskQueue queue : DeskQueue.values()) get(queue.path(), ctx -> queue(ctx, queue));
        post("/desk/moderation/comments/{id}/approve/", this::approve);
        post("/desk/moderation/comments/{id}/reject/", this::reject);
        post("/desk/moderation/bulk/", this::bulk);
        post("/desk/moderation/appeals/{id}/", this::decideAppeal);
    }

    private void queue(Context ctx, DeskQueue queue) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        showQueue(ctx, member, queue, 200, notice(ctx), null, Set.of(), "");
    }

    private void showQueue(Context ctx, StaffMember member, DeskQueue queue, int status, String notice, String error,
            Set<Long> selected, String note) {
        boolean oldestFirst = order(ctx, queue);
        int page = Paging.page(ctx);
        List<QueueEntry> entries;
        int total;
        if (queue == DeskQueue.APPEALS) {
            AppealQueue appeals = desk.appeals(oldestFirst, page, PER_PAGE);
            entries = new ArrayList<>();
            for (int i = 0; i < appeals.comments().size(); i++) {
                entries.add(entry(appeals.comments().get(i), appeals.appeals().get(i)));
            }
            total = appeals.total();
        } else {
            CommentReviews.Page found = desk.reviews().queue(queue.source, oldestFirst, page, PER_PAGE);
            entries = found.items().stream().map(item -> entry(item, null)).toList();
            total = found.total();
        }
        int lastPage = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        Paging.requireExists(page, lastPage);
        pages.send(ctx, status, "moderation/queue.jte", new QueuePage(pages.frame(ctx, member, queue.label + " comments"),
                queue, tabs(), entries, total, oldestFirst, page, lastPage, notice, error, selected, note));
    }

    private List<QueuePage.Tab> tabs() {
        Map<CommentReviews.Queue, Integer> waiting = desk.reviews().waiting();
        int appeals = desk.appeals(true, 1, 0).total();
        List<QueuePage.Tab> tabs = new ArrayList<>();
        for (DeskQueue q : DeskQueue.values()) {
            Integer count = q == DeskQueue.APPEALS ? Integer.valueOf(appeals) : q.waiting() ? waiting.get(q.source) : null;
            tabs.add(new QueuePage.Tab(q, count));
        }
        return tabs;
    }

    private QueueEntry entry(CommentReviews.Item item, Appeal appeal) {
        return QueueEntry.of(item, articles.ref(item.comment().articleId()).orElse(null), appeal);
    }

    // --- actions ---

    private void approve(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        long id = commentId(ctx);
        Map<String, String> form = Forms.parse(ctx);
        desk.approve(member, id);
        audit.record(member, "comment.approve", "comment " + id, "");
        done(ctx, form, "approved", 1);
    }

    private void reject(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        long id = commentId(ctx);
        Map<String, String> form = Forms.parse(ctx);
        RejectionReason reason = reason(form.getOrDefault("reason-" + id, form.getOrDefault("reason", "")));
        String note = form.getOrDefault("note-" + id, form.getOrDefault("note", ""));
        desk.reject(member, id, reason, note);
        audit.record(member, "comment.reject", "comment " + id, reason.code);
        done(ctx, form, "rejected", 1);
    }

    /** The checked comments ({@code id}, one field per comment) and one action for all of them. */
    private void bulk(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        Map<String, String> form = Forms.parse(ctx);
        Set<Long> ids = new LinkedHashSet<>();
        for (String raw : ctx.formParams("id")) ids.add(parseId(raw));
        String action = form.getOrDefault("action", "");
        String note = form.getOrDefault("note", "");
        try {
            int count;
            String done;
            switch (action) {
                case "approve" -> {
                    count = desk.approveAll(member, List.copyOf(ids));
                    done = "approved";
                }
                case "reject" -> {
                    count = desk.rejectAll(member, List.copyOf(ids), reason(form.getOrDefault("reason", "")), note);
                    done = "rejected";
                }
                case "ban", "suspend", "premoderate" -> {
                    var measure = new ModerationDesk.Measure(Sanction.Kind.parse(action), days(form), "");
                    count = desk.sanctionWriters(member, List.copyOf(ids), measure, reason(form.getOrDefault("reason", "")),
                            note);
                    done = action;
                }
                default -> throw new BadInput("Please choose what to do with the selected comments.");
            }
            audit.record(member, (done.equals("approved") || done.equals("rejected") ? "comment." : "reader.") + action,
                    ids.size() + " comments", "comments " + ids);
            done(ctx, form, done, count);
        } catch (BadInput refused) {
            if (refused.status() >= 500 || refused.status() == 404) throw refused;
            DeskQueue queue = DeskQueue.bySlug(queueSlug(back(form))).orElse(DeskQueue.HELD);
            showQueue(ctx, member, queue, refused.status(), null, refused.getMessage(), ids, note);
        }
    }

    private void decideAppeal(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        long id = commentId(ctx);
        Map<String, String> form = Forms.parse(ctx);
        String outcome = form.getOrDefault("outcome", "");
        if (!outcome.equals("reinstate") && !outcome.equals("uphold")) {
            throw new BadInput("Please choose: publish the comment, or keep it rejected.");
        }
        desk.decideAppeal(member, id, outcome.equals("reinstate"));
        audit.record(member, "appeal." + outcome, "comment " + id, "");
        done(ctx, form, outcome.equals("reinstate") ? "reinstated" : "upheld", 1);
    }

    // --- reading requests ---

    /** Redirects back to the queue the action came from, saying what was done. */
    private static void done(Context ctx, Map<String, String> form, String what, int count) {
        String back = back(form);
        ctx.redirect(back + (back.contains("?") ? "&" : "?") + "done=" + what + "&n=" + count, HttpStatus.SEE_OTHER);
    }

    /** The page an action returns to: a desk moderation page, never another site (an open redirect). */
    static String back(Map<String, String> form) {
        String back = form.getOrDefault("back", "");
        boolean safe = back.startsWith("/desk/moderation/") && back.matches("[A-Za-z0-9/?&=._%@+-]*") && !back.contains("//");
        if (!safe) return DeskQueue.HELD.path();
        // A notice belongs to one action: drop the previous one's.
        return back.replaceAll("[?&](done|n)=[^&]*", "").replaceFirst("^([^?]*)&", "$1?");
    }

    private static String queueSlug(String path) {
        String rest = path.substring("/desk/moderation/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The sentence for {@code ?done=approved&n=3}; anything unknown shows nothing. */
    private static String notice(Context ctx) {
        String what = ctx.queryParam("done");
        String n = ctx.queryParam("n");
        if (what == null || n == null || !n.matches("[0-9]{1,3}")) return null;
        String comments = n.equals("1") ? "1 comment" : n + " comments";
        return switch (what) {
            case "approved" -> comments + " approved.";
            case "rejected" -> comments + " rejected; the author" + (n.equals("1") ? " was" : "s were") + " told why.";
            case "reinstated" -> "Appeal granted: the comment is published.";
            case "upheld" -> "Appeal refused: the comment stays rejected.";
            case "ban" -> (n.equals("1") ? "1 writer" : n + " writers") + " banned; their comments were rejected.";
            case "suspend" -> (n.equals("1") ? "1 writer" : n + " writers") + " suspended; their comments were rejected.";
            case "premoderate" -> (n.equals("1") ? "1 writer is" : n + " writers are") + " now always pre-moderated.";
            default -> null;
        };
    }

    private static boolean order(Context ctx, DeskQueue queue) {
        String order = ctx.queryParam("order");
        if (order == null || order.isEmpty()) return queue.waiting();
        if (order.equals("oldest")) return true;
        if (order.equals("newest")) return false;
        throw new BadInput("The order must be newest or oldest.");
    }

    /** The length of a suspension, in days; ignored by the other measures. */
    static int days(Map<String, String> form) {
        String action = form.getOrDefault("action", "");
        if (!action.equals("suspend")) return 0;
        String raw = form.getOrDefault("days", "").strip();
        if (!raw.matches("[0-9]{1,3}")) throw new BadInput("Please give the length of the suspension in days, from 1 to 365.");
        return Integer.parseInt(raw);
    }

    private static RejectionReason reason(String code) {
        return RejectionReason.byCode(code)
                .orElseThrow(() -> new BadInput("Please choose a reason for rejecting; it is shown to the author."));
    }

    private static long commentId(Context ctx) {
        return parseId(ctx.pathParam("id"));
    }

    private static long parseId(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,18}")) throw new BadInput(404, "There is no such comment.");
        return Long.parseLong(raw);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
