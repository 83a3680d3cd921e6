package org.masthead.comments;

/** What a reply notification says: the HTML body is {@code mail/reply.jte}, the plain-text body {@link #text()}. */
public record ReplyMail(String siteName, String replierName, String articleTitle, String articleUrl,
        String replyText, String replyUrl, String unsubscribeUrl) {

    public String subject() {
        return replierName + " replied to your comment on " + articleTitle;
    }

    public String text() {
        return replierName + " replied to your comment on \"" + articleTitle + "\":\n\n"
                + replyText.strip().replaceAll("(?m)^", "> ") + "\n\n"
                + "Read the reply and answer:\n" + replyUrl + "\n\n-- \n"
                + "You receive this email because you asked to hear about replies to your comment.\n"
                + "Stop emails about replies to this comment:\n" + unsubscribeUrl + "\n\n" + siteName + "\n";
    }
}
