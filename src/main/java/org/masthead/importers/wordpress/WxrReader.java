package org.masthead.importers.wordpress;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress eXtended RSS file (WXR 1.0 to 1.2) one entry at a time with StAX, so memory stays the same
 * whatever the file's size: the channel's facts first, then authors, terms and items as they come. The parser
 * reads no DTD and resolves no external entity (a hostile file cannot make it read local files or the network).
 */
final class WxrReader implements AutoCloseable {
    /** WordPress's own namespace ends in its WXR version: http://wordpress.org/export/1.2/. */
    private static final String WP = "http://wordpress.org/export/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    sealed interface Entry permits Author, Term, Item {}

    record Author(int line, String login, String email, String displayName, String firstName, String lastName)
            implements Entry {}

    /** A term defined in the channel: {@code taxonomy} is category, post_tag or another; parent is a slug. */
    record Term(int line, String taxonomy, String slug, String name, String parentSlug, String description)
            implements Entry {}

    record Item(WxrItem item) implements Entry {}

    /** The file is not a WordPress export, or it ends in the middle. */
    static final class NotWxr extends Exception {
        NotWxr(String message) {
            super(message);
        }
    }

    private final CountingStream counted;
    private final XMLStreamReader xml;
    private final long size;
    private String wxrVersion;
    private String siteUrl = "";
    private String blogUrl = "";
    private String siteTitle = "";
    private final List<Long> stickyIds = new ArrayList<>();
    private boolean inChannel;

    WxrReader(Path file) throws IOException, NotWxr {
        this.size = Files.size(file);
        this.counted = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            this.xml = factory.createXMLStreamReader(counted);
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("rss")) {
                throw new NotWxr("not a WordPress export: the file does not start with <rss>");
            }
        } catch (XMLStreamException e) {
            throw new NotWxr("not a WordPress export: " + message(e));
        }
    }

    String wxrVersion() {
        return wxrVersion;
    }

    /** The exporting site's address (wp:base_site_url), which keys everything imported from it. */
    String siteUrl() {
        return siteUrl.isEmpty() ? blogUrl : siteUrl;
    }

    /** The blog's address (wp:base_blog_url): where its permalinks start. */
    String blogUrl() {
        return blogUrl.isEmpty() ? siteUrl : blogUrl;
    }

    String siteTitle() {
        return siteTitle;
    }

    /** Sticky post ids from an older export's channel-level list; newer ones mark each item (wp:is_sticky). */
    List<Long> stickyIds() {
        return stickyIds;
    }

    int line() {
        return xml.getLocation().getLineNumber();
    }

    /** How far through the file the reader is, from 0 to 1. */
    double progress() {
        return size == 0 ? 1 : Math.min(1.0, (double) counted.count / size);
    }

    /** The next author, term or item; null at the end of the channel. */
    Entry next() throws NotWxr {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("channel")) {
                    inChannel = false;
                    requireVersion();
                    return null;
                }
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                String name = qualified();
                if (name.equals("channel")) {
                    inChannel = true;
                    continue;
                }
                if (!inChannel) continue;
                int line = line();
                switch (name) {
                    case "wp:wxr_version" -> wxrVersion = text();
                    case "wp:base_site_url" -> siteUrl = text();
                    case "wp:base_blog_url" -> blogUrl = text();
                    case "title" -> siteTitle = text();
                    case "wp:author" -> {
                        Map<String, String> f = simpleChildren();
                        return new Author(line, f.getOrDefault("wp:author_login", ""),
                                f.getOrDefault("wp:author_email", ""), f.getOrDefault("wp:author_display_name", ""),
                                f.getOrDefault("wp:author_first_name", ""), f.getOrDefault("wp:author_last_name", ""));
                    }
                    case "wp:category" -> {
                        Map<String, String> f = simpleChildren();
                        return new Term(line, "category", f.getOrDefault("wp:category_nicename", ""),
                                f.getOrDefault("wp:cat_name", ""), f.getOrDefault("wp:category_parent", ""),
                                f.getOrDefault("wp:category_description", ""));
                    }
                    case "wp:tag" -> {
                        Map<String, String> f = simpleChildren();
                        return new Term(line, "post_tag", f.getOrDefault("wp:tag_slug", ""),
                                f.getOrDefault("wp:tag_name", ""), "", f.getOrDefault("wp:tag_description", ""));
                    }
                    case "wp:term" -> {
                        Map<String, String> f = simpleChildren();
                        return new Term(line, f.getOrDefault("wp:term_taxonomy", ""), f.getOrDefault("wp:term_slug", ""),
                                f.getOrDefault("wp:term_name", ""), f.getOrDefault("wp:term_parent", ""),
                                f.getOrDefault("wp:term_description", ""));
                    }
                    case "item" -> {
                        requireVersion();
                        return new Item(item(line));
                    }
                    default -> {
                        if (name.equals("wp:sticky") || name.equals("wp:sticky_post")) {
                            long id = number(text());
                            if (id > 0) stickyIds.add(id);
                        } else {
                            skip();
                        }
                    }
                }
            }
            throw new NotWxr("the file ends before its channel is closed (line " + line() + "): truncated?");
        } catch (XMLStreamException e) {
            throw new NotWxr(message(e));
        }
    }

    private void requireVersion() throws NotWxr {
        if (wxrVersion == null) {
            throw new NotWxr("not a WordPress export: the channel has no wp:wxr_version (line " + line() + ")");
        }
    }

    private WxrItem item(int line) throws XMLStreamException {
        WxrItem item = new WxrItem(line);
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = qualified();
            switch (name) {
                case "category" -> item.terms.add(new WxrItem.Term(attribute("domain"), attribute("nicename"), text()));
                case "wp:postmeta" -> {
                    Map<String, String> f = simpleChildren();
                    item.meta.putIfAbsent(f.getOrDefault("wp:meta_key", ""), f.getOrDefault("wp:meta_value", ""));
                }
                case "wp:comment" -> item.comments.add(comment());
                default -> item.fields.put(name, text());
            }
        }
        return item;
    }

    private WxrComment comment() throws XMLStreamException {
        WxrComment comment = new WxrComment(line());
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("commentmeta")) {
                Map<String, String> f = simpleChildren();
                comment.meta.put(f.getOrDefault("wp:meta_key", ""), f.getOrDefault("wp:meta_value", ""));
            } else {
                comment.fields.put(name, text());
            }
        }
        return comment;
    }

    /** The text children of the current element by qualified name; nested elements deeper down are skipped. */
    private Map<String, String> simpleChildren() throws XMLStreamException {
        Map<String, String> fields = new TreeMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            fields.put(qualified(), text());
        }
        return fields;
    }

    /** The element's text (CDATA included); an element with child elements gives the text of none of them. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) sb.append(xml.getText());
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the file ends inside an element",
                        xml.getLocation());
                default -> { }
            }
        }
        return sb.toString();
    }

    private void skip() throws XMLStreamException {
        text();
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /** "wp:post_id" for WordPress's namespace whatever its version, "content:encoded", "excerpt:encoded", "dc:creator". */
    private String qualified() {
        String ns = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (ns == null || ns.isEmpty()) return local;
        if (ns.startsWith(WP)) return ns.endsWith("/excerpt/") ? "excerpt:" + local : "wp:" + local;
        if (ns.equals(CONTENT)) return "content:" + local;
        if (ns.equals(DC)) return "dc:" + local;
        return ns + local;
    }

    static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // StAX prefixes "ParseError at [row,col]:[12,3]\nMessage: ...": keep the line, drop the noise.
        if (e.getLocation() != null) {
            String detail = m.contains("Message: ") ? m.substring(m.indexOf("Message: ") + 9) : m;
            return "broken XML at line " + e.getLocation().getLineNumber() + ": " + detail.strip()
                    + (detail.contains("must start and end") || detail.contains("end of file")
                            || detail.contains("XML document structures") ? " (is the file truncated?)" : "");
        }
        return m;
    }

    @Override
    public void close() {
        try {
            xml.close();
            counted.close();
        } catch (XMLStreamException | IOException e) {
            // nothing left to do with a file we only read
        }
    }

    /** Counts the bytes the parser has read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
