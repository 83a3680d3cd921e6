package org.masthead.readers;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.Map;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;
import org.masthead.web.Frames;
import org.masthead.web.Templates;

/** Creating an account, confirming its address, and choosing a new password through a link sent by email. */
public final class AccountRoutes implements EndpointGroup {
    private static final String LINK_GONE = "This link has expired or has been used already. Please ask for a new one.";
    private final Readers readers;
    private final ReaderPages pages;

    public AccountRoutes(Readers readers, Frames frames, Templates templates) {
        this.readers = readers;
        this.pages = new ReaderPages(frames, templates);
    }

    @Override
    public void addEndpoints() {
        get("/account/sign-up/", ctx -> signUpPage(ctx, 200, Map.of(), Map.of()));
        post("/account/sign-up/", this::signUp);
        get("/account/confirm/{token}/", this::confirmForm);
        post("/account/confirm/{token}/", this::confirm);
        get("/account/forgot/", ctx -> forgotPage(ctx, 200, Map.of(), Map.of()));
        post("/account/forgot/", this::forgot);
        get("/account/reset/{token}/", this::resetForm);
        post("/account/reset/{token}/", this::reset);
    }

    private void signUp(Context ctx) {
        Map<String, String> form = Forms.parse(ctx);
        String name = form.getOrDefault("name", ""), email = form.getOrDefault("email", "");
        try {
            readers.signUp(name, email, form.getOrDefault("password", ""), ctx.ip());
        } catch (BadInput refused) {
            signUpPage(ctx, refused.status(), Map.of("name", name, "email", email), errors(refused));
            return;
        }
        // The same answer whether or not the address had an account: only its mailbox learns which.
        pages.notice(ctx, 200, AccountNoticePage.info(pages.frame("Check your email"), "Check your email",
                "We have sent a message to " + email.strip() + ". Follow the link in it to confirm your address, "
                        + "then sign in.", "/", "Front page"));
    }

    private void confirmForm(Context ctx) {
        if (!readers.tokenValid(ctx.pathParam("token"), "confirm")) throw new BadInput(404, LINK_GONE);
        pages.notice(ctx, 200, new AccountNoticePage(pages.frame("Confirm your email address"),
                "Confirm your email address", "One more step: confirm that this address is yours.", ctx.path(),
                "Confirm my email address", "/", "Front page"));
    }

    private void confirm(Context ctx) {
        readers.confirm(ctx.pathParam("token"));
        pages.notice(ctx, 200, AccountNoticePage.info(pages.frame("Email address confirmed"),
                "Your email address is confirmed", "Thank you. You can now sign in.", "/account/sign-in/", "Sign in"));
    }

    private void forgot(Context ctx) {
        String email = Forms.parse(ctx).getOrDefault("email", "");
        try {
            readers.requestReset(email, ctx.ip());
        } catch (BadInput refused) {
            forgotPage(ctx, refused.status(), Map.of("email", email), errors(refused));
            return;
        }
        pages.notice(ctx, 200, AccountNoticePage.info(pages.frame("Check your email"), "Check your email",
                "If an account uses " + email.strip() + ", we have sent it a link to choose a new password. "
                        + "The link works for one hour.", "/account/sign-in/", "Back to sign in"));
    }

    private void resetForm(Context ctx) {
        if (!readers.tokenValid(ctx.pathParam("token"), "reset")) throw new BadInput(404, LINK_GONE);
        resetPage(ctx, 200, Map.of());
    }

    private void reset(Context ctx) {
        try {
            readers.resetPassword(ctx.pathParam("token"), Forms.parse(ctx).getOrDefault("password", ""));
        } catch (InvalidForm refused) {
            resetPage(ctx, refused.status(), refused.fields());
            return;
        }
        pages.notice(ctx, 200, AccountNoticePage.info(pages.frame("Password changed"), "Your password is changed",
                "You have been signed out everywhere. Sign in with your new password.", "/account/sign-in/", "Sign in"));
    }

    private void signUpPage(Context ctx, int status, Map<String, String> values, Map<String, String> errors) {
        pages.form(ctx, status, "readers/sign-up.jte", "Create an account", "/account/sign-up/", values, errors);
    }

    private void forgotPage(Context ctx, int status, Map<String, String> values, Map<String, String> errors) {
        pages.form(ctx, status, "readers/forgot.jte", "Forgotten password", "/account/forgot/", values, errors);
    }

    private void resetPage(Context ctx, int status, Map<String, String> errors) {
        pages.form(ctx, status, "readers/reset.jte", "Choose a new password", ctx.path(), Map.of(), errors);
    }

    private static Map<String, String> errors(BadInput refused) {
        return refused instanceof InvalidForm invalid ? invalid.fields() : Map.of("form", refused.getMessage());
    }
}
