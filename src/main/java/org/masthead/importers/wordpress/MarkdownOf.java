package org.masthead.importers.wordpress;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes an imported body as the Markdown Masthead's editor edits: WordPress keeps HTML, Masthead keeps Markdown
 * and shows what it renders. Covers what the sanitiser lets through (paragraphs, headings, lists, quotes, links,
 * emphasis, code, pictures with captions); anything else keeps its text. The page shows the imported HTML itself
 * until an editor saves the article, so small differences in this rendering never reach readers by surprise.
 */
final class MarkdownOf {
    private MarkdownOf() {}

    static String html(String html) {
        StringBuilder out = new StringBuilder();
        blocks(Jsoup.parseBodyFragment(html).body(), out, "");
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static void blocks(Element parent, StringBuilder out, String prefix) {
        StringBuilder loose = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e && isBlock(e)) {
                flush(loose, out, prefix);
                block(e, out, prefix);
            } else {
                inline(node, loose);
            }
        }
        flush(loose, out, prefix);
    }

    private static void flush(StringBuilder loose, StringBuilder out, String prefix) {
        String text = loose.toString().strip();
        if (!text.isEmpty()) out.append(prefix).append(text.replace("\n", "\n" + prefix)).append("\n").append(prefix.strip()).append("\n");
        loose.setLength(0);
    }

    private static void block(Element e, StringBuilder out, String prefix) {
        switch (e.tagName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                int level = Math.max(2, e.tagName().charAt(1) - '0');
                out.append(prefix).append("#".repeat(level)).append(' ').append(inlineOf(e)).append("\n\n");
            }
            case "ul", "ol" -> {
                int n = 1;
                for (Element li : e.children()) {
                    String marker = e.tagName().equals("ol") ? (n++) + ". " : "- ";
                    out.append(prefix).append(marker).append(inlineOf(li).replace("\n", " ")).append('\n');
                }
                out.append('\n');
            }
            case "blockquote" -> {
                blocks(e, out, prefix + "> ");
                out.append('\n');
            }
            case "pre" -> out.append(prefix).append("```\n").append(e.wholeText().strip()).append("\n```\n\n");
            case "hr" -> out.append(prefix).append("---\n\n");
            case "figure" -> {
                for (Element img : e.select("img")) {
                    out.append(prefix).append("![").append(escape(img.attr("alt"))).append("](")
                            .append(img.attr("src")).append(")\n\n");
                }
                Element caption = e.selectFirst("figcaption");
                if (caption != null && !caption.text().isBlank()) out.append(prefix).append('*').append(inlineOf(caption)).append("*\n\n");
                for (Element a : e.select("a:not(figcaption a)")) {
                    out.append(prefix).append('<').append(a.attr("href")).append(">\n\n");
                }
            }
            default -> { // p, div, table and the rest: their inline content as a paragraph
                if (e.children().stream().anyMatch(MarkdownOf::isBlock)) {
                    blocks(e, out, prefix);
                } else {
                    String text = inlineOf(e).strip();
                    if (!text.isEmpty()) out.append(prefix).append(text.replace("\n", "\n" + prefix)).append("\n\n");
                }
            }
        }
    }

    private static String inlineOf(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) inline(child, sb);
        return sb.toString().strip();
    }

    private static void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(escape(t.text()));
            return;
        }
        if (!(node instanceof Element e)) return;
        switch (e.tagName()) {
            case "em", "i" -> out.append('*').append(inlineOf(e)).append('*');
            case "strong", "b" -> out.append("**").append(inlineOf(e)).append("**");
            case "code" -> out.append('`').append(e.text()).append('`');
            case "br" -> out.append("\\\n");
            case "a" -> out.append('[').append(inlineOf(e)).append("](").append(e.attr("href").replace(")", "%29")).append(')');
            case "img" -> out.append("![").append(escape(e.attr("alt"))).append("](").append(e.attr("src")).append(')');
            default -> {
                for (Node child : e.childNodes()) inline(child, out);
            }
        }
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() && !e.tagName().equals("li");
    }

    /** Characters that would otherwise start Markdown formatting. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
