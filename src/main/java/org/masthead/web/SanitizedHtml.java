package org.masthead.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * HTML that has been through the sanitizer. Templates print user and staff HTML only through this type,
 * and its only way in is {@link #sanitize}, so unsanitised HTML cannot reach a page by accident.
 */
public final class SanitizedHtml implements Content {
    private static final Safelist ARTICLE = Safelist.none()
            .addTags("p", "br", "hr", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "code", "pre",
                    "a", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub", "del", "cite", "figure",
                    "figcaption", "img")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private final String html;

    private SanitizedHtml(String html) {
        this.html = html;
    }

    /** Cleans article HTML: headings, quotes, lists, tables, links (relative ones too), figures with pictures. */
    public static SanitizedHtml sanitize(String untrusted) {
        // The base URI lets relative links survive (ARTICLE preserves them as written); it never appears in the output.
        return new SanitizedHtml(Jsoup.clean(untrusted, "https://masthead.invalid/", ARTICLE, COMPACT));
    }

    /**
     * Cleans HTML down to what {@code safelist} allows; features with narrower rules (comments) pass their own.
     * Without a base URI, links that are not absolute lose their address instead of being resolved against one.
     */
    public static SanitizedHtml sanitize(String untrusted, Safelist safelist) {
        return new SanitizedHtml(Jsoup.clean(untrusted, "", safelist, COMPACT));
    }

    /** Cleaned HTML and the text a reader sees in it. */
    public record WithText(SanitizedHtml html, String text) {}

    /**
     * Cleans like {@link #sanitize(String, Safelist)} and takes the text from the same cleaned tree: an import
     * stores both for every comment, and parsing the result a second time for its text cost as much as cleaning.
     */
    public static WithText sanitizeWithText(String untrusted, Safelist safelist) {
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(untrusted, ""));
        clean.outputSettings(COMPACT);
        return new WithText(new SanitizedHtml(clean.body().html()), clean.body().wholeText().strip());
    }

    /** For HTML this class produced earlier and that was stored since; it is sanitised again on the way out. */
    public static SanitizedHtml fromStored(String storedHtml) {
        return sanitize(storedHtml);
    }

    public String html() {
        return html;
    }

    /** The text without tags, for descriptions and feed summaries. */
    public String text() {
        return Jsoup.parse(html).text();
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
