package org.masthead.feeds;

import org.masthead.web.Dates;

/** Atom 1.0 (RFC 4287): the whole story as escaped HTML in content type="html", the standfirst as the summary. */
final class AtomWriter {
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String THREADING = "http://purl.org/syndication/thread/1.0";

    byte[] write(Feed feed) {
        XmlOutput xml = new XmlOutput();
        xml.start("feed").defaultNamespace(ATOM).namespace("thr", THREADING).language(feed.language()).newline();
        // The feed's id is its own address: it names the same feed for as long as the site keeps its address.
        xml.element("id", feed.atomUrl()).newline();
        xml.element("title", feed.title()).newline();
        xml.element("subtitle", feed.description()).newline();
        xml.element("updated", Dates.iso(feed.updated())).newline();
        link(xml, "self", "application/atom+xml", feed.atomUrl());
        link(xml, "alternate", "text/html", feed.pageUrl());
        xml.element("generator", FeedRoutes.GENERATOR).newline();
        for (FeedEntry entry : feed.entries()) entry(xml, entry);
        xml.end();
        return xml.finish();
    }

    private static void entry(XmlOutput xml, FeedEntry entry) {
        xml.start("entry").language(entry.language()).newline();
        xml.element("id", entry.id()).newline();
        xml.start("title").attribute("type", "text").text(entry.title()).end().newline();
        link(xml, "alternate", "text/html", entry.url());
        xml.element("published", Dates.iso(entry.published())).newline();
        xml.element("updated", Dates.iso(entry.updated())).newline();
        for (FeedEntry.Person author : entry.authors()) {
            xml.start("author").element("name", author.name());
            if (author.url() != null) xml.element("uri", author.url());
            xml.end().newline();
        }
        for (FeedEntry.Category c : entry.categories()) {
            xml.start("category").attribute("term", c.term()).attribute("scheme", c.scheme())
                    .attribute("label", c.label()).end().newline();
        }
        xml.start("summary").attribute("type", "text").text(entry.summary()).end().newline();
        xml.start("content").attribute("type", "html").text(entry.contentHtml()).end().newline();
        if (entry.replies() != null) { // RFC 4685: where the comments are, and how many
            xml.start("link").attribute("rel", "replies").attribute("type", "application/atom+xml")
                    .attribute("href", entry.replies().atomUrl())
                    .attribute("thr", "count", THREADING, String.valueOf(entry.replies().count())).end().newline();
        }
        xml.end().newline();
    }

    private static void link(XmlOutput xml, String rel, String type, String href) {
        xml.start("link").attribute("rel", rel).attribute("type", type).attribute("href", href).end().newline();
    }
}
