package org.masthead.readers;

import java.util.function.Supplier;
import org.masthead.mail.Mailer;
import org.masthead.web.Templates;

/** The emails of reader accounts, with absolute links on the site's public address. */
public final class ReaderMails {
    private final Mailer mailer;
    private final Templates templates;
    private final String baseUrl;
    private final Supplier<String> siteName;

    public ReaderMails(Mailer mailer, Templates templates, String baseUrl, Supplier<String> siteName) {
        this.mailer = mailer;
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.siteName = siteName;
    }

    void confirmAddress(Reader reader, String token) {
        send("confirm", reader.email(), new AccountMail(siteName.get(), "Please confirm your email address",
                "Hello " + reader.name() + ",",
                "Thank you for creating an account. Please confirm that this email address is yours.",
                "Confirm your email address", baseUrl + "/account/confirm/" + token + "/",
                "The link works once, for " + Readers.CONFIRM_TOKEN_LIFETIME.toHours() + " hours. If you did not "
                        + "create an account, ignore this email and none will be made with your address."));
    }

    void resetPassword(Reader reader, String token) {
        send("reset", reader.email(), new AccountMail(siteName.get(), "Reset your password",
                "Hello " + reader.name() + ",",
                "Someone, probably you, asked to reset the password of your account.",
                "Choose a new password", baseUrl + "/account/reset/" + token + "/",
                "The link works once, for one hour. If you did not ask for it, ignore this email: your password "
                        + "stays as it is."));
    }

    /** Sent instead of a confirmation when someone signs up with an address that has an account already. */
    void alreadyRegistered(Reader reader) {
        send("already-registered", reader.email(), new AccountMail(siteName.get(), "You already have an account",
                "Hello " + reader.name() + ",",
                "Someone, probably you, tried to create an account with this email address, which has one already. "
                        + "You can sign in, or reset your password if you have forgotten it.",
                "Reset your password", baseUrl + "/account/forgot/",
                "If this was not you, ignore this email: nothing has changed."));
    }

    private void send(String kind, String to, AccountMail mail) {
        mailer.send(mail.to(kind, to, templates));
    }
}
