package org.masthead.comments;

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

    private CommentText() {}

    static SanitizedHtml toHtml(String text) {
        return SanitizedHtml.sanitize(RENDERER.render(PARSER.parse(text)), COMMENT);
    }

    /** Stored comment HTML is cleaned again on the way out, by the same rules. */
    static SanitizedHtml fromStored(String html) {
        return SanitizedHtml.sanitize(html, COMMENT);
    }
}
