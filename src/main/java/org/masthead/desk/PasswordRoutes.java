package org.masthead.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.Map;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.desk.OneTimeLinks.Purpose;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;

/**
 * Setting a password through a link sent by email: "forgotten your password?" and accepting an invitation.
 * The forgotten-password answer is the same whether or not the address has a desk account, and setting a
 * password ends every session of the member, so whoever knew the old one is signed out everywhere.
 */
public final class PasswordRoutes implements EndpointGroup {
    private final Staff staff;
    private final OneTimeLinks links;
    private final DeskMails mails;
    private final SignInGuard guard;
    private final StaffSessions sessions;
    private final AuditLog audit;
    private final DeskPages pages;

    public PasswordRoutes(SignInRoutes.Parts parts, OneTimeLinks links, DeskMails mails, DeskPages pages) {
        this.staff = parts.staff();
        this.sessions = parts.sessions();
        this.guard = parts.guard();
        this.audit = parts.audit();
        this.links = links;
        this.mails = mails;
        this.pages = pages;
    }

    @Override
    public void addEndpoints() {
        get("/desk/password/forgot/", ctx -> forgotPage(ctx, 200, "", null));
        post("/desk/password/forgot/", this::forgot);
        get("/desk/password/reset/{token}/", ctx -> linkForm(ctx, Purpose.RESET));
        post("/desk/password/reset/{token}/", ctx -> setPassword(ctx, Purpose.RESET));
        get("/desk/invitation/{token}/", ctx -> linkForm(ctx, Purpose.INVITE));
        post("/desk/invitation/{token}/", ctx -> setPassword(ctx, Purpose.INVITE));
    }

    private void forgot(Context ctx) {
        String email = Forms.parse(ctx).getOrDefault("email", "").strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            forgotPage(ctx, 422, email, "Please enter an email address, like name@example.org.");
            return;
        }
        try {
            guard.mailRequested(email, ctx.ip());
        } catch (BadInput tooMany) {
            forgotPage(ctx, tooMany.status(), email, tooMany.getMessage());
            return;
        }
        // Disabled members are not told how to get back in; an invited member may use this as their invitation.
        staff.byEmail(email).flatMap(m -> staff.active(m.id())).ifPresent(m -> mails.resetPassword(m, links.issue(m.id(), Purpose.RESET)));
        pages.send(ctx, 200, "desk/notice.jte", new NoticePage(pages.frame(ctx, null, "Check your email"),
                "Check your email", "If " + email + " belongs to a desk account, we have sent it a link to choose a new "
                + "password. The link works for one hour.", "Back to sign in", "/desk/sign-in/"));
    }

    private void linkForm(Context ctx, Purpose purpose) {
        if (links.owner(ctx.pathParam("token"), purpose).isEmpty()) throw OneTimeLinks.expired();
        passwordPage(ctx, 200, purpose, null);
    }

    private void setPassword(Context ctx, Purpose purpose) {
        String token = ctx.pathParam("token");
        if (links.owner(token, purpose).isEmpty()) throw OneTimeLinks.expired();
        String password = Forms.parse(ctx).getOrDefault("password", "");
        String problem = Staff.passwordProblem(password);
        if (problem != null) {
            passwordPage(ctx, 422, purpose, problem);
            return;
        }
        long staffId = links.use(token, purpose);
        staff.setPassword(staffId, password);
        sessions.endAll(staffId);
        StaffMember member = staff.byId(staffId).orElseThrow();
        audit.record(member, purpose == Purpose.RESET ? "password.reset" : "invitation.accept", "staff " + staffId, "");
        pages.send(ctx, 200, "desk/notice.jte", new NoticePage(pages.frame(ctx, null, "Password set"),
                "Your password is set", "You can now sign in to the desk with " + member.email()
                + " and your new password.", "Sign in", "/desk/sign-in/"));
    }

    private void forgotPage(Context ctx, int status, String email, String error) {
        pages.send(ctx, status, "desk/forgot.jte", new FormPage(pages.frame(ctx, null, "Forgotten password"),
                Map.of("email", email), error == null ? Map.of() : Map.of("email", error)));
    }

    private void passwordPage(Context ctx, int status, Purpose purpose, String error) {
        String title = purpose == Purpose.RESET ? "Choose a new password" : "Accept your invitation";
        pages.send(ctx, status, "desk/set-password.jte", new FormPage(pages.frame(ctx, null, title),
                Map.of("action", ctx.path(), "title", title), error == null ? Map.of() : Map.of("password", error)));
    }
}
