package org.masthead.readers;

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
}
