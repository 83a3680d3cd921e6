package org.masthead.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;

/**
 * Signing in to the desk (password, then the two-step code for those who turned it on) and out of it. Failures
 * of either step count towards the lock-out of {@link SignInGuard}; the lock-out itself goes into the audit log.
 */
public final class SignInRoutes implements EndpointGroup {
    /** Where a sign-in may lead back to: a desk path, never "//other.example" or "/desk/\other.example". */
    private static final Pattern DESK_PATH = Pattern.compile("/desk/(?![/\\\\])[A-Za-z0-9/_.~%?=&-]{0,500}");
    private static final String WRONG_PASSWORD = "The email address and password do not match a desk account. "
            + "Please try again.";

    /** What sign-in needs besides the routes' own helpers. */
    public record Parts(Staff staff, StaffSessions sessions, SecondFactors factors, SignInGuard guard, AuditLog audit) {}

    private final Parts parts;
    private final DeskAccess access;
    private final DeskPages pages;

    public SignInRoutes(Parts parts, DeskAccess access, DeskPages pages) {
        this.parts = parts;
        this.access = access;
        this.pages = pages;
    }

    @Override
    public void addEndpoints() {
        get("/desk/sign-in/", this::signInForm);
        post("/desk/sign-in/", this::signIn);
        get("/desk/sign-in/code/", this::codeForm);
        post("/desk/sign-in/code/", this::code);
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
        Map<String, String> kept = Map.of("email", email, "next", next);
        try {
            parts.guard().check(email, ctx.ip());
        } catch (BadInput locked) {
            signInPage(ctx, locked.status(), kept, Map.of("form", locked.getMessage()));
            return;
        }
        Optional<StaffMember> member = parts.staff().withPassword(email, form.getOrDefault("password", ""));
        if (member.isEmpty()) {
            BadInput refusal = failed(email, ctx.ip(), WRONG_PASSWORD);
            signInPage(ctx, refusal.status(), kept, Map.of("form", refusal.getMessage()));
            return;
        }
        if (parts.factors().enabled(member.get().id())) {
            parts.sessions().start(ctx, member.get().id(), true);
            ctx.redirect("/desk/sign-in/code/?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return;
        }
        complete(ctx, member.get(), next);
    }

    private void codeForm(Context ctx) {
        String next = deskPath(ctx.queryParam("next"));
        if (pendingMember(ctx).isEmpty()) {
            ctx.redirect(DeskAccess.signInPath(next), HttpStatus.SEE_OTHER);
            return;
        }
        codePage(ctx, 200, next, null);
    }

    private void code(Context ctx) {
        Map<String, String> form = Forms.parse(ctx);
        String next = deskPath(form.get("next"));
        Optional<StaffMember> member = pendingMember(ctx);
        if (member.isEmpty()) {
            ctx.redirect(DeskAccess.signInPath(next), HttpStatus.SEE_OTHER);
            return;
        }
        String email = member.get().email();
        try {
            parts.guard().check(email, ctx.ip());
        } catch (BadInput locked) {
            codePage(ctx, locked.status(), next, locked.getMessage());
            return;
        }
        if (!parts.factors().verify(member.get().id(), form.getOrDefault("code", ""))) {
            BadInput refusal = failed(email, ctx.ip(), "That code is not right, or was used already. "
                    + "Please enter the newest code from your app, or one of your recovery codes.");
            codePage(ctx, refusal.status(), next, refusal.getMessage());
            return;
        }
        complete(ctx, member.get(), next);
    }

    private void signOut(Context ctx) {
        access.current(ctx).ifPresent(m -> parts.audit().record(m, "sign-out", "staff " + m.id(), ""));
        parts.sessions().end(ctx);
        ctx.redirect("/desk/sign-in/", HttpStatus.SEE_OTHER);
    }

    /** Both steps passed: a fresh session (the pending one's token is never promoted) and back to where they were. */
    private void complete(Context ctx, StaffMember member, String next) {
        parts.guard().succeeded(member.email());
        parts.sessions().start(ctx, member.id(), false);
        parts.audit().record(member, "sign-in", "staff " + member.id(), "");
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /** Counts a failure; the one that locks an account or an address is recorded in the audit log. */
    private BadInput failed(String email, String ip, String message) {
        SignInGuard.Lock lock = parts.guard().failed(email, ip);
        if (lock == SignInGuard.Lock.NONE) return new BadInput(401, message);
        String subject = lock == SignInGuard.Lock.ADDRESS ? "a network address"
                : parts.staff().byEmail(email).map(m -> "staff " + m.id() + " (" + m.email() + ")").orElse("an unknown account");
        int limit = lock == SignInGuard.Lock.ADDRESS ? SignInGuard.FAILURES_PER_ADDRESS : SignInGuard.FAILURES_PER_ACCOUNT;
        parts.audit().record(null, "sign-in.locked", subject, limit + " failed sign-ins within "
                + SignInGuard.WINDOW.toMinutes() + " minutes");
        return SignInGuard.lockedOut();
    }

    private Optional<StaffMember> pendingMember(Context ctx) {
        return parts.sessions().current(ctx).filter(StaffSessions.Session::factorPending)
                .flatMap(s -> parts.staff().active(s.staffId()));
    }

    private void signInPage(Context ctx, int status, Map<String, String> values, Map<String, String> errors) {
        pages.send(ctx, status, "desk/sign-in.jte", new FormPage(pages.frame(ctx, null, "Sign in"), values, errors));
    }

    private void codePage(Context ctx, int status, String next, String error) {
        pages.send(ctx, status, "desk/sign-in-code.jte", new FormPage(pages.frame(ctx, null, "Two-step sign-in"),
                Map.of("next", next), error == null ? Map.of() : Map.of("code", error)));
    }

    static String deskPath(String next) {
        return next != null && DESK_PATH.matcher(next).matches() ? next : "/desk/";
    }
}
