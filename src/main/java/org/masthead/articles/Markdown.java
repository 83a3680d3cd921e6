package org.masthead.articles;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.masthead.web.SanitizedHtml;

/** Article bodies are written in Markdown; raw HTML inside them is escaped, then the result is sanitised. */
final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    static SanitizedHtml render(String markdown) {
        return SanitizedHtml.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
