package org.masthead.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Where outgoing mail goes: an SMTP server, or (with no host) the log. {@code password} is never printed;
 * {@link #toString()} leaves it out on purpose.
 */
public record MailSettings(String host, int port, String user, String password, String from, boolean startTls) {

    public MailSettings {
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender address '" + from + "' is not valid: " + e.getMessage());
        }
    }

    /** Without a host nothing is sent: mails are written to the log, which suits development and demos. */
    public boolean sendsMail() {
        return !host.isEmpty();
    }

    @Override
    public String toString() {
        return "MailSettings[" + (sendsMail() ? "smtp://" + host + ":" + port + (startTls ? " (STARTTLS)" : "")
                + (user.isEmpty() ? "" : " as " + user) : "log only") + ", from=" + from + "]";
    }
}
