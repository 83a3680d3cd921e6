package org.masthead.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail over SMTP (Jakarta Mail, Eclipse Angus) from one background thread, so a slow or broken mail
 * server never delays a page or costs a reader the answer to what they did. Failures are logged with the
 * recipient and the kind of mail, never with the body: it may hold a sign-in or reset link.
 */
public final class Mailer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    /** Enough for a busy burst; beyond it mail is dropped (and logged) rather than memory exhausted. */
    private static final int QUEUE = 10_000;
    private static final String TIMEOUT_MS = "20000";

    private final MailSettings settings;
    private final Session session;
    private final ThreadPoolExecutor sender;

    public Mailer(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
        // One thread: mail leaves in the order it was asked for, and the SMTP server sees one connection at a time.
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "mailer");
            thread.setDaemon(true);
            return thread;
        });
        if (settings.sendsMail()) {
            LOG.info("Mail is sent through {}", settings);
        } else {
            LOG.warn("No mail server is configured (MASTHEAD_MAIL_HOST): emails are written to this log instead of "
                    + "being sent. Their links work like passwords, so keep this for development and demos.");
        }
    }

    /** Queues the mail and returns at once. */
    public void send(Mail mail) {
        try {
            sender.execute(() -> deliver(mail));
        } catch (RejectedExecutionException e) {
            LOG.error("The {} mail to {} was dropped: the mail queue is full or closed", mail.kind(), mail.to());
        }
    }

    /** Waits until every mail queued before this call has been handed over (or failed); false on timeout. */
    public boolean drain(Duration timeout) {
        try {
            sender.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException | RejectedExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void deliver(Mail mail) {
        try {
            if (!settings.sendsMail()) {
                LOG.info("Mail not sent (no mail server), {} mail to {}\nSubject: {}\n\n{}", mail.kind(), mail.to(),
                        mail.subject(), mail.text());
                return;
            }
            MimeMessage message = message(mail);
            if (settings.user().isEmpty()) Transport.send(message);
            else Transport.send(message, settings.user(), settings.password());
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Could not send the {} mail to {}: {}", mail.kind(), mail.to(), e.getMessage());
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        // Readers see the last part their program can show: plain text first, HTML after it.
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        message.setContent(alternatives);
        for (var header : mail.headers().entrySet()) message.setHeader(header.getKey(), header.getValue());
        message.saveChanges();
        return message;
    }

    private static Properties properties(MailSettings s) {
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.auth", String.valueOf(!s.user().isEmpty()));
        p.put("mail.smtp.starttls.enable", String.valueOf(s.startTls()));
        // With STARTTLS asked for, never fall back to sending the password in the clear.
        p.put("mail.smtp.starttls.required", String.valueOf(s.startTls()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        return p;
    }

    /** Sends what is queued (for up to ten seconds), then stops. */
    @Override
    public void close() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("{} queued mails were not sent before shutdown", sender.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
