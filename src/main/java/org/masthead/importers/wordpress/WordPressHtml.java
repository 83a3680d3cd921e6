package org.masthead.importers.wordpress;

import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns what WordPress stores in a post (block markup, classic-editor text, shortcodes) into plain HTML of the
 * kind Masthead shows, before the article sanitiser cleans it: block comments go, {@code [caption]} becomes a
 * figure, blank-line-separated classic text gets its paragraphs (as WordPress's wpautop adds them when it shows a
 * post), embeds become links, and pictures point at their copies here when there are any.
 */
final class WordPressHtml {
    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    private static final Pattern MORE = Pattern.compile("<!--(more|nextpage|noteaser)(.*?)-->", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile(
            "\\[(?:caption|wp_caption)([^\\]]*)\\](.*?)\\[/(?:caption|wp_caption)\\]", Pattern.DOTALL);
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=\"([^\"]*)\"");
    private static final Pattern IMAGE_PART = Pattern.compile("^\\s*((?:<a [^>]*>\\s*)?<img [^>]*>(?:\\s*</a>)?)(.*)$",
            Pattern.DOTALL);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\](.*?)\\[/embed\\]", Pattern.DOTALL);
    /** Shortcodes of WordPress itself that show nothing useful without it; their tags go, any inner text stays. */
    private static final Pattern CORE_SHORTCODE = Pattern.compile(
            "\\[/?(?:gallery|audio|video|playlist)(?:\\s[^\\]]*)?/?\\]");
    private static final Pattern BLOCK_TAG = Pattern.compile("^\\s*<(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|"
            + "td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|"
            + "legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|"
            + "script|object)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WP_IMAGE_CLASS = Pattern.compile("wp-image-(\\d+)");
    private static final Pattern LONE_URL = Pattern.compile("^\\s*(https?://[^\\s<>\"]+)\\s*$");

    private WordPressHtml() {}

    /**
     * The post's body as HTML; {@code localImage} gives the address of an attachment's copy here (or null), by its
     * WordPress id.
     */
    static String body(String content, LongFunction<String> localImage) {
        boolean blocks = content.contains("<!-- wp:");
        String html = BLOCK_COMMENT.matcher(content).replaceAll("");
        html = MORE.matcher(html).replaceAll("");
        html = captions(html);
        html = EMBED.matcher(html).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1).strip())));
        html = CORE_SHORTCODE.matcher(html).replaceAll("");
        if (!blocks) html = autop(html);
        Document doc = Jsoup.parseBodyFragment(html);
        embeds(doc);
        images(doc, localImage);
        return doc.body().html();
    }

    /** A comment's text as WordPress shows it: paragraphs and line breaks added to the stored text. */
    static String comment(String content) {
        return autop(content);
    }

    /** [caption id="attachment_257" ...]<img .../> The caption.[/caption] as a figure with its figcaption. */
    private static String captions(String html) {
        return CAPTION.matcher(html).replaceAll(m -> {
            String inner = m.group(2);
            Matcher image = IMAGE_PART.matcher(inner);
            String picture = image.matches() ? image.group(1) : inner;
            String caption = image.matches() ? image.group(2).strip() : "";
            Matcher attribute = CAPTION_ATTRIBUTE.matcher(m.group(1));
            if (caption.isEmpty() && attribute.find()) caption = attribute.group(1);
            return Matcher.quoteReplacement("<figure>" + picture
                    + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>") + "</figure>\n\n");
        });
    }

    /**
     * WordPress's wpautop, in short: text blocks separated by a blank line become paragraphs, single line breaks
     * inside them become {@code <br>}, and blocks that already start with a block element stay as they are.
     */
    static String autop(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder();
        for (String block : normalised.split("\\n\\s*\\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) continue;
            if (BLOCK_TAG.matcher(trimmed).find()) {
                out.append(trimmed).append('\n');
            } else {
                out.append("<p>").append(trimmed.replaceAll("\\s*\\n\\s*", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString();
    }

    /** Embedded videos and posts, which Masthead does not fetch from other sites: a link to them instead. */
    private static void embeds(Document doc) {
        for (Element wrapper : doc.select("figure.wp-block-embed > div.wp-block-embed__wrapper, p")) {
            if (wrapper.children().isEmpty()) {
                Matcher url = LONE_URL.matcher(wrapper.text());
                if (url.matches()) wrapper.html(link(url.group(1)));
            }
        }
    }

    /** Pictures of the old site: shown from their copies here, or kept as a link to the original when not copied. */
    private static void images(Document doc, LongFunction<String> localImage) {
        for (Element img : doc.select("img")) {
            Matcher id = WP_IMAGE_CLASS.matcher(img.className());
            String local = id.find() ? localImage.apply(Long.parseLong(id.group(1))) : null;
            img.removeAttr("srcset").removeAttr("sizes").removeAttr("class").removeAttr("style");
            if (local != null) {
                img.attr("src", local);
            } else {
                // Pictures from other hosts are blocked by the site's Content-Security-Policy: link to them instead.
                String alt = img.attr("alt").isBlank() ? "Picture" : img.attr("alt");
                Element parentLink = img.parent() != null && img.parent().tagName().equals("a") ? img.parent() : null;
                Element link = new Element("a").attr("href", img.absUrl("src").isEmpty() ? img.attr("src") : img.absUrl("src"))
                        .text(alt);
                if (parentLink != null) parentLink.replaceWith(link);
                else img.replaceWith(link);
            }
        }
    }

    private static String link(String url) {
        String escaped = Parser.unescapeEntities(url, true).replace("&", "&amp;").replace("\"", "&quot;")
                .replace("<", "&lt;");
        return "<a href=\"" + escaped + "\">" + escaped + "</a>";
    }
}
