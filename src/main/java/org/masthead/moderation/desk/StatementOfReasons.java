package org.masthead.moderation.desk;

import java.util.Map;
import java.util.function.Supplier;
import org.masthead.comments.CommentRow;
import org.masthead.mail.Mail;
import org.masthead.mail.Mailer;
import org.masthead.site.SiteSecret;
import org.masthead.web.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the author of a rejected comment why, in plain words, by email, with a link that lets them read the
 * decision and ask for a second look from any browser (the link carries a keyed token, like an unsubscribe link).
 */
public final class StatementOfReasons {
    private static final Logger LOG = LoggerFactory.getLogger(StatementOfReasons.class);

    private final Mailer mailer;
    private final Templates templates;
    private final SiteSecret secret;
    private final String baseUrl;
    private final Supplier<String> siteName;

    public StatementOfReasons(Mailer mailer, Templates templates, SiteSecret secret, String baseUrl,
            Supplier<String> siteName) {
        this.mailer = mailer;
        this.templates = templates;
        this.secret = secret;
        this.baseUrl = baseUrl;
        this.siteName = siteName;
    }

    /** The token in the decision link of the mail about comment {@code id}. */
    public String token(long id) {
        return secret.sign("decision", Long.toString(id)).substring(0, 32);
    }

    public boolean genuine(long id, String token) {
        return token != null && token.equals(token(id));
    }

    public String decisionPath(long id) {
        return "/comments/" + id + "/decision/" + token(id) + "/";
    }

    /** Queues the mail; the rejection is stored already, so a mail problem is logged, not thrown. */
    public void send(CommentRow comment, String articleTitle, RejectionReason reason, String note) {
        try {
            DecisionMail content = new DecisionMail(siteName.get(), comment.authorName(), articleTitle,
                    comment.bodyText(), reason.plainWords, note, baseUrl + decisionPath(comment.id()));
            String html = templates.renderText("mail/moderation-decision.jte", "mail", content);
            mailer.send(new Mail("moderation-decision", comment.authorEmail(), content.subject(), content.text(), html,
                    Map.of()));
        } catch (RuntimeException e) {
            LOG.error("Could not prepare the statement of reasons for comment {}", comment.id(), e);
        }
    }
}
