package org.masthead.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.ArticleLists;
import org.masthead.taxonomy.Section;
import org.masthead.taxonomy.Tag;
import org.masthead.taxonomy.Taxonomy;
import org.masthead.web.Dates;
import org.masthead.web.Frames;

/**
 * The sitemaps search engines read (sitemaps.org 0.9 and Google News) and the robots.txt that points to them.
 * A sitemap may list 50,000 addresses; past that a sitemap index is needed, which a small newsroom will not reach soon.
 */
public final class Sitemaps {
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** Google News takes stories from the last two days, at most 1,000 of them. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    private static final int NEWS_LIMIT = 1000;
    private final ArticleLists lists;
    private final Taxonomy taxonomy;
    private final Frames frames;
    private final Clock clock;

    public Sitemaps(ArticleLists lists, Taxonomy taxonomy, Frames frames, Clock clock) {
        this.lists = lists;
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.clock = clock;
    }

    /** Home, every section, the tags and authors of published stories, and every published story. */
    byte[] sitemap() {
        List<ArticleLists.SitemapEntry> articles = lists.sitemap(Instant.EPOCH);
        XmlOutput xml = new XmlOutput();
        xml.start("urlset").defaultNamespace(SITEMAP).newline();
        url(xml, "/", articles.stream().map(Sitemaps::lastChange).max(Instant::compareTo).orElse(null));
        for (Section section : taxonomy.sections()) url(xml, section.path(), null);
        for (Tag tag : lists.tagsInUse()) url(xml, tag.path(), null);
        for (StaffMember author : lists.bylines()) url(xml, "/author/" + author.slug() + "/", null);
        for (ArticleLists.SitemapEntry article : articles) url(xml, article.path(), lastChange(article));
        xml.end();
        return xml.finish();
    }

    /** The stories of the last two days, with the publication's name and each story's language and headline. */
    byte[] newsSitemap() {
        List<ArticleLists.SitemapEntry> recent = lists.sitemap(clock.instant().minus(NEWS_WINDOW));
        XmlOutput xml = new XmlOutput();
        xml.start("urlset").defaultNamespace(SITEMAP).namespace("news", NEWS).newline();
        for (ArticleLists.SitemapEntry article : recent.subList(0, Math.min(recent.size(), NEWS_LIMIT))) {
            xml.start("url").element("loc", frames.baseUrl() + article.path());
            xml.start("news", "news", NEWS);
            xml.start("news", "publication", NEWS)
                    .element("news", "name", NEWS, frames.site().name())
                    .element("news", "language", NEWS, article.language())
                    .end();
            xml.element("news", "publication_date", NEWS, Dates.iso(article.publishedAt()));
            xml.element("news", "title", NEWS, article.title());
            xml.end().end().newline();
        }
        xml.end();
        return xml.finish();
    }

    /** Everything may be crawled; the sitemaps are named with absolute addresses, as the robots.txt rules require. */
    String robots() {
        return "User-agent: *\nAllow: /\n\n"
                + "Sitemap: " + frames.baseUrl() + "/sitemap.xml\n"
                + "Sitemap: " + frames.baseUrl() + "/news-sitemap.xml\n";
    }

    private void url(XmlOutput xml, String path, Instant lastModified) {
        xml.start("url").element("loc", frames.baseUrl() + path);
        if (lastModified != null) xml.element("lastmod", Dates.iso(lastModified));
        xml.end().newline();
    }

    private static Instant lastChange(ArticleLists.SitemapEntry article) {
        return article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt() : article.publishedAt();
    }
}
