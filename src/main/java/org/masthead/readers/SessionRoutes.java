package org.masthead.readers;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;
import org.masthead.web.Frames;
import org.masthead.web.Templates;

/** Signing in and out, and the signed-in reader's own page. */
public final class SessionRoutes implements EndpointGroup {
    /** Where a sign-in may lead back to: a path on this site, never "//other.example" or "/\other.example". */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?=&#-]{0,500}");

    private final Readers readers;
    private final ReaderSessions sessions;
    private final ReaderPages pages;

    public SessionRoutes(Readers readers, ReaderSessions sessions, Frames frames, Templates templates) {
        this.readers = readers;
        this.sessions = sessions;
        this.pages = new ReaderPages(frames, templates);
    }

    @Override
    public void addEndpoints() {
        get("/account/", this::account);
        get("/account/sign-in/", this::signInForm);
        post("/account/sign-in/", this::signIn);
        post("/account/sign-out/", this::signOut);
    }

    private void account(Context ctx) {
        Optional<Reader> reader = sessions.current(ctx);
        if (reader.isEmpty()) {
            ctx.header("Cache-Control", "no-store");
            ctx.redirect("/account/sign-in/", HttpStatus.SEE_OTHER);
            return;
        }
        pages.render(ctx, 200, "readers/account.jte", new AccountPage(pages.frame("Your account"), reader.get()));
    }

    private void signInForm(Context ctx) {
        String next = localPath(ctx.queryParam("next"));
        signInPage(ctx, 200, Map.of("next", next), Map.of());
    }

    private void signIn(Context ctx) {
        Map<String, String> form = Forms.parse(ctx);
        String email = form.getOrDefault("email", "").strip();
        String next = localPath(form.get("next"));
        try {
            Reader reader = readers.signIn(email, form.getOrDefault("password", ""), ctx.ip());
            sessions.start(ctx, reader.id());
            ctx.header("Cache-Control", "no-store");
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (BadInput refused) {
            signInPage(ctx, refused.status(), Map.of("email", email, "next", next), Map.of("form", refused.getMessage()));
        }
    }

    private void signOut(Context ctx) {
        sessions.end(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void signInPage(Context ctx, int status, Map<String, String> values, Map<String, String> errors) {
        pages.form(ctx, status, "readers/sign-in.jte", "Sign in", "/account/sign-in/", values, errors);
    }

    static String localPath(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches() ? next : "/account/";
    }
}
