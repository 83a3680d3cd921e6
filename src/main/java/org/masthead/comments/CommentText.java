package org.masthead.comments;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.safety.Safelist;
import org.masthead.web.SanitizedHtml;

/**
 * Readers' light formatting: paragraphs, *italic*, **bold**, > quotes and links. Written as Markdown, any HTML
 * escaped, and the result cleaned to those few elements; links get rel="nofollow ugc" so spam earns nothing.
 */
final class CommentText {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak("<br>").build();
    private static final Safelist COMMENT = Safelist.none()
            .addTags("p", "br", "em", "strong", "blockquote", "a", "code")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener");

    /**
     * One paragraph of words and everyday punctuation, starting with a letter, digit-free at the start (so it cannot
     * be a list) and without any character that Markdown or HTML gives a meaning to: most comments are like this.
     */
    private static final Pattern PLAIN_PARAGRAPH =
            Pattern.compile("[\\p{L}\"'(][\\p{L}\\p{N} .,;:?'\"()/%@$€£‘’“”–—-]*");

    private CommentText() {}

    /**
     * The HTML to store for a new comment. A plain paragraph is written directly, as the parser and the sanitizer
     * would write it (CommentTextTest checks that they agree): parsing and cleaning it was a sixth of a comment
     * post's CPU. Whatever is stored is sanitised again on the way out ({@link #fromStored}).
     */
    static String storedHtml(String text) {
        String stripped = text.strip();
        // Four spaces or a tab before the first word would make it a block of code.
        String indent = text.substring(0, text.indexOf(stripped));
        boolean unindented = indent.length() <= 3 && indent.chars().allMatch(ch -> ch == ' ');
        if (unindented && PLAIN_PARAGRAPH.matcher(stripped).matches()) return "<p>" + stripped + "</p>\n";
        return toHtml(text).html();
    }

    static SanitizedHtml toHtml(String text) {
        return SanitizedHtml.sanitize(RENDERER.render(PARSER.parse(text)), COMMENT);
    }

    /** Stored comment HTML is cleaned again on the way out, by the same rules. */
    static SanitizedHtml fromStored(String html) {
        return SanitizedHtml.sanitize(html, COMMENT);
    }

    /** HTML from another system, cleaned by the same rules, with its text for the body_text column. */
    static SanitizedHtml.WithText imported(String html) {
        return SanitizedHtml.sanitizeWithText(html, COMMENT);
    }
}
