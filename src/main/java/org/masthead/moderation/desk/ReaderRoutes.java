package org.masthead.moderation.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.desk.AuditLog;
import org.masthead.desk.DeskAccess;
import org.masthead.desk.DeskPages;
import org.masthead.moderation.sanctions.Sanction;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;

/** A reader's history for moderators (their comments, notes, what moderators did) and the notes form. */
public final class ReaderRoutes implements EndpointGroup {
    private static final String PATH = "/desk/moderation/readers/";

    private final ModerationDesk desk;
    private final DeskAccess access;
    private final DeskPages pages;
    private final AuditLog audit;

    public ReaderRoutes(ModerationDesk desk, DeskAccess access, DeskPages pages, AuditLog audit) {
        this.desk = desk;
        this.access = access;
        this.pages = pages;
        this.audit = audit;
    }

    /** Readers are known by email; it travels as a query parameter (desk pages are never cached or indexed). */
    public static String historyPath(String email) {
        return PATH + "?email=" + URLEncoder.encode(email.strip().toLowerCase(java.util.Locale.ROOT), StandardCharsets.UTF_8);
    }

    @Override
    public void addEndpoints() {
        get(PATH, this::history);
        post(PATH + "notes/", this::addNote);
        post(PATH + "sanctions/", this::sanction);
        post(PATH + "sanctions/{id}/lift/", this::lift);
    }

    private void sanction(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        Map<String, String> form = Forms.parse(ctx);
        String email = form.getOrDefault("email", "");
        String kind = form.getOrDefault("action", "");
        if (!kind.equals("ban") && !kind.equals("suspend") && !kind.equals("premoderate")) {
            throw new BadInput("Please choose: ban, suspend or always pre-moderate.");
        }
        String reason = form.getOrDefault("reason", "");
        try {
            desk.sanctionReader(member, email, new ModerationDesk.Measure(Sanction.Kind.parse(kind),
                    ModerationRoutes.days(form), reason));
        } catch (BadInput refused) {
            if (refused.status() == 404) throw refused;
            show(ctx, member, email, refused.status(), null, refused.getMessage(), "sanction", "");
            return;
        }
        audit.record(member, "reader." + kind, "reader " + email.strip().toLowerCase(java.util.Locale.ROOT), reason.strip());
        ctx.redirect(historyPath(email) + "&done=" + kind, HttpStatus.SEE_OTHER);
    }

    private void lift(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        Map<String, String> form = Forms.parse(ctx);
        String email = form.getOrDefault("email", "");
        String raw = ctx.pathParam("id");
        if (!raw.matches("[0-9]{1,18}")) throw new BadInput(404, "This reader has no such sanction.");
        desk.lift(member, email, Long.parseLong(raw));
        audit.record(member, "reader.lift", "reader " + email.strip().toLowerCase(java.util.Locale.ROOT), "sanction " + raw);
        ctx.redirect(historyPath(email) + "&done=lift", HttpStatus.SEE_OTHER);
    }

    private void history(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        show(ctx, member, ctx.queryParam("email"), 200, notice(ctx.queryParam("done")), null, null, "");
    }

    private void addNote(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MODERATE_COMMENTS);
        Map<String, String> form = Forms.parse(ctx);
        String email = form.getOrDefault("email", "");
        String text = form.getOrDefault("text", "");
        try {
            desk.note(member, email, text);
        } catch (BadInput refused) {
            if (refused.status() == 404) throw refused;
            show(ctx, member, email, refused.status(), null, refused.getMessage(), "note", text);
            return;
        }
        audit.record(member, "reader.note", "reader " + email.strip().toLowerCase(java.util.Locale.ROOT), text.strip());
        ctx.redirect(historyPath(email) + "&done=note", HttpStatus.SEE_OTHER);
    }

    private static String notice(String done) {
        if (done == null) return null;
        return switch (done) {
            case "note" -> "Note saved.";
            case "ban" -> "The reader is banned.";
            case "suspend" -> "The reader is suspended.";
            case "premoderate" -> "The reader's comments will all be read by a moderator first.";
            case "lift" -> "The sanction is lifted.";
            default -> null;
        };
    }

    private void show(Context ctx, StaffMember member, String email, int status, String notice, String error,
            String form, String noteText) {
        ReaderHistory history = desk.history(email);
        pages.send(ctx, status, "moderation/reader.jte", new ReaderPage(
                pages.frame(ctx, member, "Reader " + history.name()), history, notice, error, form, noteText));
    }
}
