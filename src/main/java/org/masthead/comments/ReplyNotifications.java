package org.masthead.comments;

import java.util.Map;
import java.util.function.Supplier;
import org.masthead.mail.Mail;
import org.masthead.mail.Mailer;
import org.masthead.web.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails the author of a comment when someone else's reply to it is published, if they asked for that. Every
 * mail carries a one-click unsubscribe link (RFC 8058), so mail providers can offer "unsubscribe" themselves.
 */
public final class ReplyNotifications implements CommentListener {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyNotifications.class);

    private final Comments comments;
    private final Mailer mailer;
    private final Templates templates;
    private final String baseUrl;
    private final Supplier<String> siteName;

    public ReplyNotifications(Comments comments, Mailer mailer, Templates templates, String baseUrl,
            Supplier<String> siteName) {
        this.comments = comments;
        this.mailer = mailer;
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.siteName = siteName;
    }

    @Override
    public void published(CommentRow reply, CommentRow parent, String articleTitle, String articlePath) {
        if (!wanted(reply, parent)) return;
        // The reply is stored already: a problem with the mail must not turn the reader's answer into an error.
        try {
            mailer.send(mail(reply, parent, articleTitle, articlePath));
        } catch (RuntimeException e) {
            LOG.error("Could not prepare the reply notification for comment {}", parent.id(), e);
        }
    }

    /** Only for a parent whose author opted in, and never for replying to oneself. */
    static boolean wanted(CommentRow reply, CommentRow parent) {
        if (parent == null || !parent.notifyReplies() || !parent.isPublished() || parent.authorEmail().isBlank()) {
            return false;
        }
        boolean sameReader = reply.readerId() != null && reply.readerId().equals(parent.readerId());
        return !sameReader && !parent.authorEmail().strip().equalsIgnoreCase(reply.authorEmail().strip());
    }

    private Mail mail(CommentRow reply, CommentRow parent, String articleTitle, String articlePath) {
        String unsubscribe = baseUrl + "/comments/" + parent.id() + "/unsubscribe/" + comments.unsubscribeToken(parent.id())
                + "/";
        ReplyMail content = new ReplyMail(siteName.get(), reply.authorName(), articleTitle, baseUrl + articlePath,
                reply.bodyText(), baseUrl + "/comments/" + reply.id() + "/", unsubscribe);
        String html = templates.renderText("mail/reply.jte", "mail", content);
        return new Mail("reply", parent.authorEmail(), content.subject(), content.text(), html, Map.of(
                "List-Unsubscribe", "<" + unsubscribe + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }
}
