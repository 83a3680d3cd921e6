package org.masthead.desk;

import java.util.function.Supplier;
import org.masthead.accounts.StaffMember;
import org.masthead.mail.Mailer;
import org.masthead.readers.AccountMail;
import org.masthead.web.Templates;

/** The desk's emails (password reset, invitation), in the same plain layout as the readers' account mails. */
public final class DeskMails {
    private final Mailer mailer;
    private final Templates templates;
    private final String baseUrl;
    private final Supplier<String> siteName;

    public DeskMails(Mailer mailer, Templates templates, String baseUrl, Supplier<String> siteName) {
        this.mailer = mailer;
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.siteName = siteName;
    }

    void resetPassword(StaffMember member, String token) {
        send("desk-reset", member.email(), new AccountMail(siteName.get(), "Reset your desk password",
                "Hello " + member.name() + ",",
                "Someone, probably you, asked to reset the password you use to sign in to the desk.",
                "Choose a new password", baseUrl + "/desk/password/reset/" + token + "/",
                "The link works once, for one hour. If you did not ask for it, ignore this email: your password "
                        + "stays as it is."));
    }

    void invite(StaffMember member, StaffMember inviter, String token) {
        send("desk-invite", member.email(), new AccountMail(siteName.get(), "You are invited to the desk",
                "Hello " + member.name() + ",",
                inviter.name() + " has invited you to work at the newsroom's desk as " + article(member.role().id())
                        + ". Choose a password to sign in.",
                "Accept the invitation", baseUrl + "/desk/invitation/" + token + "/",
                "The link works once, for seven days. If you do not expect this, ignore this email."));
    }

    private static String article(String role) {
        return ("aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ") + role;
    }

    private void send(String kind, String to, AccountMail mail) {
        mailer.send(mail.to(kind, to, templates));
    }
}
