package org.masthead.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.Newsroom;

/**
 * A real SMTP server (GreenMail) on a free port, and the settings that point a newsroom at it. Mail leaves the
 * newsroom from one background thread in order, so after {@code newsroom.mailer.drain} everything asked for
 * so far has arrived: "no mail" can be asserted without sleeping.
 */
public final class Mailbox implements AutoCloseable {
    /** The public address test newsrooms get, so links in mails can be checked exactly. */
    public static final String BASE_URL = "https://news.example.org";
    private final GreenMail greenMail;

    public Mailbox() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
    }

    /** Settings (environment names) for a newsroom that sends here and links to {@link #BASE_URL}. */
    public Map<String, String> settings() {
        return Map.of("MASTHEAD_MAIL_HOST", "127.0.0.1",
                "MASTHEAD_MAIL_PORT", String.valueOf(greenMail.getSmtp().getPort()),
                "MASTHEAD_MAIL_STARTTLS", "false",
                "MASTHEAD_MAIL_FROM", "Saltmarsh News <news@example.org>",
                "MASTHEAD_SITE_BASE_URL", BASE_URL,
                // Tests post many comments from one address within a minute.
                "MASTHEAD_COMMENTS_PER_ADDRESS_PER_MINUTE", "1000");
    }

    /** Waits until {@code count} mails have arrived in all, and returns the last of them. */
    public MimeMessage awaitMail(int count) {
        assertThat(greenMail.waitForIncomingEmail(10_000, count)).as("%d mails arrive", count).isTrue();
        return greenMail.getReceivedMessages()[count - 1];
    }

    /** Every mail received so far, after the newsroom has handed over all it queued. */
    public List<MimeMessage> all(Newsroom newsroom) {
        assertThat(newsroom.mailer.drain(Duration.ofSeconds(10))).isTrue();
        return List.of(greenMail.getReceivedMessages());
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The path of the first link in the plain-text body that starts with {@code BASE_URL + pathPrefix}. */
    public static String link(MimeMessage message, String pathPrefix) {
        Matcher m = Pattern.compile(Pattern.quote(BASE_URL) + "(" + Pattern.quote(pathPrefix) + "\\S*)").matcher(text(message));
        assertThat(m.find()).as("a link to %s in:%n%s", pathPrefix, text(message)).isTrue();
        return m.group(1);
    }

    private static String part(MimeMessage message, String type) {
        try {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(type)) return (String) part.getContent();
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
