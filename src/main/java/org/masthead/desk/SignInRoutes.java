package org.masthead.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.web.Forms;

/** Signing in to the desk and out of it. */
public final class SignInRoutes implements EndpointGroup {
    /** Where a sign-in may lead back to: a desk path, never "//other.example" or "/desk/\other.example". */
    private static final Pattern DESK_PATH = Pattern.compile("/desk/(?![/\\\\])[A-Za-z0-9/_.~%?=&-]{0,500}");

    private final Staff staff;
    private final StaffSessions sessions;
    private final DeskAccess access;
    private final DeskPages pages;
    private final AuditLog audit;

    public SignInRoutes(Staff staff, StaffSessions sessions, DeskAccess access, DeskPages pages, AuditLog audit) {
        this.staff = staff;
        this.sessions = sessions;
        this.access = access;
        this.pages = pages;
        this.audit = audit;
    }

    @Override
    public void addEndpoints() {
        get("/desk/sign-in/", this::signInForm);
        post("/desk/sign-in/", this::signIn);
        post("/desk/sign-out/", this::signOut);
    }

    private void signInForm(Context ctx) {
        String next = deskPath(ctx.queryParam("next"));
        if (access.current(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        signInPage(ctx, 200, Map.of("next", next), Map.of());
    }

    private void signIn(Context ctx) {
        Map<String, String> form = Forms.parse(ctx);
        String email = form.getOrDefault("email", "").strip();
        String next = deskPath(form.get("next"));
        Optional<StaffMember> member = staff.withPassword(email, form.getOrDefault("password", ""));
        if (member.isEmpty()) {
            signInPage(ctx, 401, Map.of("email", email, "next", next),
                    Map.of("form", "The email address and password do not match a desk account. Please try again."));
            return;
        }
        sessions.start(ctx, member.get().id(), false);
        audit.record(member.get(), "sign-in", "staff " + member.get().id(), "");
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        access.current(ctx).ifPresent(m -> audit.record(m, "sign-out", "staff " + m.id(), ""));
        sessions.end(ctx);
        ctx.redirect("/desk/sign-in/", HttpStatus.SEE_OTHER);
    }

    private void signInPage(Context ctx, int status, Map<String, String> values, Map<String, String> errors) {
        pages.send(ctx, status, "desk/sign-in.jte", new FormPage(pages.frame(ctx, null, "Sign in"), values, errors));
    }

    static String deskPath(String next) {
        return next != null && DESK_PATH.matcher(next).matches() ? next : "/desk/";
    }
}
