package org.masthead.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.masthead.web.Dates;

/**
 * RSS 2.0 (rssboard.org/rss-specification) with the modules every feed reader knows: content:encoded for the
 * whole story, dc:creator for bylines (RSS's own author element wants an email address), atom:link for the feed's
 * own address and atom:updated for corrections.
 */
final class RssWriter {
    static final String CONTENT_TYPE = "application/rss+xml; charset=utf-8";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SLASH = "http://purl.org/rss/1.0/modules/slash/";
    private static final String WFW = "http://wellformedweb.org/CommentAPI/";
    // RFC 822 dates, with a four-digit year as RFC 1123 amends it and every reader expects.
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    byte[] write(Feed feed) {
        XmlOutput xml = new XmlOutput();
        xml.start("rss").attribute("version", "2.0")
                .namespace("content", CONTENT).namespace("dc", DC).namespace("atom", ATOM)
                .namespace("slash", SLASH).namespace("wfw", WFW).newline();
        xml.start("channel").newline();
        xml.element("title", feed.title()).newline();
        xml.element("link", feed.pageUrl()).newline();
        xml.element("description", feed.description()).newline();
        xml.element("language", feed.language()).newline();
        xml.element("lastBuildDate", date(feed.updated())).newline();
        xml.start("atom", "link", ATOM).attribute("href", feed.rssUrl()).attribute("rel", "self")
                .attribute("type", "application/rss+xml").end().newline();
        xml.element("generator", FeedRoutes.GENERATOR).newline();
        for (FeedEntry entry : feed.entries()) item(xml, entry);
        xml.end().newline();
        xml.end();
        return xml.finish();
    }

    private static void item(XmlOutput xml, FeedEntry entry) {
        xml.start("item").newline();
        xml.element("title", entry.title()).newline();
        xml.element("link", entry.url()).newline();
        // The permalink, as readers also use the guid as the story's link; the tag: URI would be kept by nobody.
        xml.start("guid").attribute("isPermaLink", "true").text(entry.url()).end().newline();
        xml.element("pubDate", date(entry.published())).newline();
        xml.element("atom", "updated", ATOM, Dates.iso(entry.updated())).newline();
        for (FeedEntry.Person author : entry.authors()) xml.element("dc", "creator", DC, author.name()).newline();
        for (FeedEntry.Category c : entry.categories()) {
            xml.start("category").attribute("domain", c.scheme()).text(c.label()).end().newline();
        }
        xml.element("description", entry.summary()).newline();
        xml.element("content", "encoded", CONTENT, entry.contentHtml()).newline();
        if (entry.replies() != null) {
            xml.element("slash", "comments", SLASH, String.valueOf(entry.replies().count())).newline();
            xml.element("wfw", "commentRss", WFW, entry.replies().rssUrl()).newline();
        }
        xml.end().newline();
    }

    private static String date(Instant instant) {
        return RFC_822.format(instant);
    }
}
