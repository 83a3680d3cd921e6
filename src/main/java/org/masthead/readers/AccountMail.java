package org.masthead.readers;

import java.util.Map;
import org.masthead.mail.Mail;
import org.masthead.web.Templates;

/**
 * What an account email says (confirm your address, reset your password, you already have an account): the
 * HTML body is {@code mail/account.jte}, the plain-text body {@link #text()}; both carry the same words.
 */
public record AccountMail(String siteName, String subject, String greeting, String message, String actionLabel,
        String actionUrl, String note) {

    public String text() {
        return greeting + "\n\n" + message + "\n\n" + actionLabel + ":\n" + actionUrl + "\n\n" + note + "\n\n-- \n"
                + siteName + "\n";
    }

    /** The mail to send, of kind {@code kind}: used for readers' and staff accounts alike. */
    public Mail to(String kind, String address, Templates templates) {
        String html = templates.renderText("mail/account.jte", "mail", this);
        return new Mail(kind, address, subject + " – " + siteName, text(), html, Map.of());
    }
}
