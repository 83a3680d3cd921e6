package org.masthead.desk;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.masthead.accounts.Permission;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.readers.Secrets;
import org.masthead.site.SiteSecret;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;

/**
 * Who is at the desk and what they may do. Every desk route asks {@link #require} first, so roles are enforced
 * on the server whatever the pages show. Desk forms also carry a token ({@link #csrfToken}) tied to the browser's
 * session, checked for every POST under /desk/ on top of web.Csrf's origin check: desk pages are personal, so
 * unlike the cached reader pages they can carry one.
 */
public final class DeskAccess {
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Before sign-in there is no session to tie the token to: this random cookie stands in for it. */
    static final String FORM_COOKIE = "mh_desk_form";
    private static final String MEMBER = "desk.member";

    private final StaffSessions sessions;
    private final Staff staff;
    private final SiteSecret secret;

    public DeskAccess(StaffSessions sessions, Staff staff, SiteSecret secret) {
        this.sessions = sessions;
        this.staff = staff;
        this.secret = secret;
    }

    /** The signed-in member of staff, if any (a session still waiting for its two-factor code does not count). */
    public Optional<StaffMember> current(Context ctx) {
        if (ctx.attribute(MEMBER) instanceof Optional<?> known) {
            @SuppressWarnings("unchecked") Optional<StaffMember> member = (Optional<StaffMember>) known;
            return member;
        }
        Optional<StaffMember> member = sessions.current(ctx).filter(s -> !s.factorPending())
                .flatMap(s -> staff.active(s.staffId()));
        ctx.attribute(MEMBER, member);
        return member;
    }

    /**
     * The signed-in member, if their role has {@code permission}. Signed out: a browser asking for a page is sent
     * to sign in (303) and comes back afterwards; anything else gets a 401. Signed in without it: a 403.
     */
    public StaffMember require(Context ctx, Permission permission) {
        StaffMember member = signedIn(ctx);
        if (!member.role().may(permission)) {
            throw new BadInput(403, "Your role (" + member.role().id() + ") does not allow this. "
                    + "Please ask an administrator if you need it.");
        }
        return member;
    }

    /** The signed-in member, whatever their role: for pages every member may use (the dashboard, their account). */
    public StaffMember signedIn(Context ctx) {
        Optional<StaffMember> member = current(ctx);
        if (member.isPresent()) return member.get();
        if (ctx.method().name().equals("GET") && wantsPage(ctx)) {
            throw new SignInRequired(signInPath(ctx.path()));
        }
        throw new BadInput(401, "Please sign in to the desk first.");
    }

    static String signInPath(String next) {
        return "/desk/sign-in/?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** The token desk forms carry as {@value #CSRF_FIELD} and desk scripts send as {@value #CSRF_HEADER}. */
    public String csrfToken(Context ctx) {
        String token = expectedToken(ctx);
        if (token != null) return token;
        if (ctx.attribute(FORM_COOKIE) instanceof String made) return made; // asked twice while rendering one page
        String form = Secrets.newToken();
        ctx.cookie(sessions.cookie(FORM_COOKIE, form, -1));
        token = tokenFor("form", form);
        ctx.attribute(FORM_COOKIE, token);
        return token;
    }

    private String tokenFor(String kind, String cookie) {
        return secret.sign("desk-csrf", kind + "\n" + Secrets.hash(cookie));
    }

    /**
     * Runs before every request under /desk/: the desk's pages are private (never stored, never indexed) and
     * every state-changing request must carry the browser's token.
     */
    public void guard(Context ctx) {
        if (!ctx.path().startsWith(StaffSessions.PATH)) return;
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String expected = expectedToken(ctx);
        String given = givenToken(ctx);
        if (expected == null || given == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            throw new BadInput(403, "This form has expired or did not come from the desk. "
                    + "Please reload the page and try again.");
        }
    }

    private String expectedToken(Context ctx) {
        String session = ctx.cookie(StaffSessions.COOKIE);
        if (Secrets.wellFormed(session)) return tokenFor("session", session);
        String form = ctx.cookie(FORM_COOKIE);
        return Secrets.wellFormed(form) ? tokenFor("form", form) : null;
    }

    private static String givenToken(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        if (header != null) return header;
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String> form = Forms.parse(ctx);
            return form.get(CSRF_FIELD);
        }
        if (type.startsWith("multipart/form-data")) return ctx.formParam(CSRF_FIELD);
        return null;
    }

    /** Browsers navigating ask for HTML; scripts calling desk endpoints for JSON get a 401 to act on. */
    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return accept == null || !accept.contains("application/json") || accept.contains("text/html");
    }
}
