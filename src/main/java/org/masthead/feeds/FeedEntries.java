package org.masthead.feeds;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.articles.Story;
import org.masthead.media.Image;

/** Turns a published story into a feed entry: absolute addresses, a summary, the whole body with its picture. */
final class FeedEntries {
    private static final DateTimeFormatter TAG_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int SUMMARY_LENGTH = 300;
    private final String baseUrl;
    private final String host;

    FeedEntries(String baseUrl) {
        this.baseUrl = baseUrl;
        this.host = URI.create(baseUrl).getHost();
    }

    FeedEntry of(Story story, int comments) {
        List<FeedEntry.Person> authors = story.authors().stream()
                .map(a -> new FeedEntry.Person(a.name(), baseUrl + "/author/" + a.slug() + "/")).toList();
        List<FeedEntry.Category> categories = new ArrayList<>();
        story.sections().forEach(s -> categories.add(new FeedEntry.Category(s.slug(), s.name(), baseUrl + "/category/")));
        story.tags().forEach(t -> categories.add(new FeedEntry.Category(t.slug(), t.name(), baseUrl + "/tag/")));
        // Some imported stories carry an "updated" time older than their publication; readers expect updated >= published.
        var updated = story.updatedAt().isAfter(story.publishedAt()) ? story.updatedAt() : story.publishedAt();
        return new FeedEntry(tagUri(story), baseUrl + story.path(), story.title(), summary(story), content(story),
                story.language(), story.publishedAt(), updated, authors, categories,
                new FeedEntry.Replies(comments, baseUrl + story.path() + "feed/", baseUrl + story.path() + "feed/atom/"));
    }

    /** RFC 4151: the site's host, the day the story was published there, and the article's own number. */
    private String tagUri(Story story) {
        return "tag:" + host + "," + TAG_DATE.format(story.publishedAt()) + ":article/" + story.id();
    }

    /** The standfirst; a story without one gets the opening of its text, cut at a word. */
    private static String summary(Story story) {
        if (!story.dek().isBlank()) return story.dek();
        String text = story.body().text();
        if (text.length() <= SUMMARY_LENGTH) return text;
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + " …";
    }

    /**
     * The sanitised body with the featured picture on top. Relative links ("/2026/11/24/…/") mean nothing in a feed
     * reader, so they are made absolute against the story's address. jsoup builds the figure, so caption and alt
     * text are escaped like any other text.
     */
    private String content(Story story) {
        Document doc = Jsoup.parseBodyFragment(story.body().html(), baseUrl + story.path());
        for (Element link : doc.select("a[href]")) {
            String absolute = link.absUrl("href");
            if (!absolute.isEmpty()) link.attr("href", absolute);
        }
        Image image = story.image();
        if (image != null) {
            List<Integer> widths = image.availableWidths();
            int width = widths.get(widths.size() / 2); // the width of defaultUrl()
            Element figure = doc.body().prependElement("figure");
            figure.appendElement("img").attr("src", baseUrl + image.defaultUrl()).attr("alt", image.altText())
                    .attr("width", String.valueOf(width)).attr("height", String.valueOf(image.heightAt(width)));
            String caption = (image.caption() + " " + image.credit()).strip();
            if (!caption.isEmpty()) figure.appendElement("figcaption").text(caption);
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
