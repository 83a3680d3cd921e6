package org.masthead.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;

/**
 * Every member's own account page: change the password, turn two-step sign-in on or off, new recovery codes,
 * sign out everywhere. Changes that weaken the account (two-step off, new codes) ask for the password again,
 * so a browser left signed in is not enough.
 */
public final class StaffAccountRoutes implements EndpointGroup {
    private final Staff staff;
    private final StaffSessions sessions;
    private final SecondFactors factors;
    private final AuditLog audit;
    private final DeskAccess access;
    private final DeskPages pages;
    private final QrCodes qr;

    public StaffAccountRoutes(SignInRoutes.Parts parts, DeskAccess access, DeskPages pages, QrCodes qr) {
        this.staff = parts.staff();
        this.sessions = parts.sessions();
        this.factors = parts.factors();
        this.audit = parts.audit();
        this.access = access;
        this.pages = pages;
        this.qr = qr;
    }

    @Override
    public void addEndpoints() {
        get("/desk/account/", ctx -> show(ctx, 200, access.signedIn(ctx), null, Map.of()));
        post("/desk/account/password/", this::changePassword);
        post("/desk/account/sign-out-everywhere/", this::signOutEverywhere);
        get("/desk/account/two-factor/", this::enrol);
        post("/desk/account/two-factor/", this::confirm);
        post("/desk/account/two-factor/recovery-codes/", this::newCodes);
        post("/desk/account/two-factor/off/", this::turnOff);
    }

    private void changePassword(Context ctx) {
        StaffMember member = access.signedIn(ctx);
        Map<String, String> form = Forms.parse(ctx);
        if (!passwordRight(member, form.get("current"))) {
            show(ctx, 422, member, null, Map.of("current", "That is not your current password."));
            return;
        }
        String problem = Staff.passwordProblem(form.get("password"));
        if (problem != null) {
            show(ctx, 422, member, null, Map.of("password", problem));
            return;
        }
        staff.setPassword(member.id(), form.get("password"));
        int ended = sessions.endOthers(ctx, member.id());
        audit.record(member, "password.change", "staff " + member.id(), "other sessions ended: " + ended);
        show(ctx, 200, member, "Your password is changed. Your other sessions were signed out.", Map.of());
    }

    private void signOutEverywhere(Context ctx) {
        StaffMember member = access.signedIn(ctx);
        int ended = sessions.endAll(member.id());
        audit.record(member, "sign-out.everywhere", "staff " + member.id(), "sessions ended: " + ended);
        sessions.end(ctx);
        ctx.redirect("/desk/sign-in/", HttpStatus.SEE_OTHER);
    }

    private void enrol(Context ctx) {
        StaffMember member = access.signedIn(ctx);
        if (factors.enabled(member.id())) {
            ctx.redirect("/desk/account/", HttpStatus.SEE_OTHER);
            return;
        }
        enrolPage(ctx, 200, member, null);
    }

    private void confirm(Context ctx) {
        StaffMember member = access.signedIn(ctx);
        try {
            List<String> codes = factors.confirm(member.id(), Forms.parse(ctx).getOrDefault("code", ""));
            audit.record(member, "two-factor.on", "staff " + member.id(), "");
            pages.send(ctx, 200, "desk/account.jte", new AccountPage(pages.frame(ctx, member, "Your account"), true,
                    codes.size(), null, null, codes, "Two-step sign-in is on.", Map.of()));
        } catch (BadInput wrong) {
            enrolPage(ctx, wrong.status(), member, wrong.getMessage());
        }
    }

    private void newCodes(Context ctx) {
        StaffMember member = access.signedIn(ctx);
        if (!passwordRight(member, Forms.parse(ctx).get("password"))) {
            show(ctx, 422, member, null, Map.of("codes-password", "That is not your current password."));
            return;
        }
        List<String> codes = factors.newRecoveryCodes(member.id());
        audit.record(member, "two-factor.new-codes", "staff " + member.id(), "");
        pages.send(ctx, 200, "desk/account.jte", new AccountPage(pages.frame(ctx, member, "Your account"), true,
                codes.size(), null, null, codes, "Your new recovery codes replace the old ones.", Map.of()));
    }

    private void turnOff(Context ctx) {
        StaffMember member = access.signedIn(ctx);
        if (!passwordRight(member, Forms.parse(ctx).get("password"))) {
            show(ctx, 422, member, null, Map.of("off-password", "That is not your current password."));
            return;
        }
        factors.disable(member.id());
        audit.record(member, "two-factor.off", "staff " + member.id(), "");
        show(ctx, 200, member, "Two-step sign-in is off.", Map.of());
    }

    private boolean passwordRight(StaffMember member, String password) {
        return staff.withPassword(member.email(), password == null ? "" : password).isPresent();
    }

    private void show(Context ctx, int status, StaffMember member, String notice, Map<String, String> errors) {
        boolean on = factors.enabled(member.id());
        pages.send(ctx, status, "desk/account.jte", new AccountPage(pages.frame(ctx, member, "Your account"), on,
                on ? factors.recoveryCodesLeft(member.id()) : 0, null, null, List.of(), notice, errors));
    }

    private void enrolPage(Context ctx, int status, StaffMember member, String error) {
        SecondFactors.Enrolment enrolment = factors.enrolment(member, pages.siteName());
        pages.send(ctx, status, "desk/two-factor.jte", new AccountPage(pages.frame(ctx, member, "Two-step sign-in"),
                false, 0, enrolment, qr.dataUri(enrolment.uri()), List.of(), null,
                error == null ? Map.of() : Map.of("code", error)));
    }
}
