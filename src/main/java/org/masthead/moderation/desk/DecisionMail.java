package org.masthead.moderation.desk;

/**
 * The statement of reasons mailed to the author of a rejected comment: the HTML body is
 * {@code mail/moderation-decision.jte}, the plain-text body {@link #text()}.
 */
public record DecisionMail(String siteName, String authorName, String articleTitle, String commentText,
        String reasonWords, String moderatorNote, String decisionUrl) {

    public String subject() {
        return "Your comment on " + articleTitle + " was not published";
    }

    public String text() {
        return "Hello " + authorName + ",\n\n"
                + "a moderator read your comment on \"" + articleTitle + "\" and did not publish it.\n\n"
                + commentText.strip().replaceAll("(?m)^", "> ") + "\n\n"
                + "Why: " + reasonWords + "\n"
                + (moderatorNote.isBlank() ? "" : "The moderator adds: " + moderatorNote.strip() + "\n")
                + "\nIf you think this is a mistake, you can ask for a second look, once:\n" + decisionUrl + "\n\n-- \n"
                + siteName + "\n";
    }
}
