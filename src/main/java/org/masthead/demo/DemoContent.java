package org.masthead.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.Newsroom;
import org.masthead.accounts.Role;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.media.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo newsroom, "The Lantern": its staff, sections and about thirty stories we wrote for it
 * (src/main/resources/demo/articles), each with a picture drawn on the spot, and readers' comments ({@link DemoComments}).
 */
public final class DemoContent {
    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);
    private static final String[][] STAFF = {
        {"mara-voss", "Mara Voss", "Mara Voss covers city hall and the port for The Lantern."},
        {"tomas-keller", "Tomás Keller", "Tomás Keller writes about Europe, money and the people who move it."},
        {"ines-haddad", "Inès Haddad", "Inès Haddad reports on climate, energy and the coast."},
        {"oleh-marchenko", "Oleh Marchenko", "Oleh Marchenko covers Ukraine, Russia and the history that shapes them."},
        {"june-park", "June Park", "June Park is The Lantern's culture editor."},
    };
    // slug, name, parent slug ("" for a top-level section), description
    private static final String[][] SECTIONS = {
        {"international", "International", "", "The world, explained by reporters who know the places they write about."},
        {"europe", "Europe", "international", ""},
        {"americas", "Americas", "international", ""},
        {"politics", "Politics", "", "Power, elections and the people who hold office."},
        {"economy", "Economy", "", "Prices, wages, housing and the port."},
        {"city", "Saltmarsh", "", "News from our home city."},
        {"climate", "Climate", "", "The coast, the weather and what we do about both."},
        {"culture", "Culture", "", "Books, stage, screen and the city's own."},
        {"opinion", "Opinion", "", "Arguments from our columnists and guests."},
    };

    private final Newsroom newsroom;

    public DemoContent(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    /** Loads the demo unless the database already has articles; returns whether it did. */
    public boolean loadIfEmpty() {
        boolean empty = newsroom.database.jdbi().withHandle(h ->
                h.createQuery("SELECT count(*) FROM articles").mapTo(Long.class).one() == 0);
        if (!empty) return false;
        long start = System.nanoTime();
        for (String[] s : STAFF) {
            newsroom.staff.add(s[0] + "@lantern.example", s[1], Role.AUTHOR, null, s[2]);
        }
        for (String[] s : SECTIONS) newsroom.taxonomy.addSection(s[0], s[1], s[2].isEmpty() ? null : s[2], s[3]);
        newsroom.site.update(Map.of("site.name", "The Lantern",
                "site.description", "Independent news from Saltmarsh and the world beyond its harbour.",
                "appeal.link", "/support/"));
        List<String> files = resourceLines("/demo/articles/index.txt");
        for (String file : files) loadArticle(file);
        long commentsStart = System.nanoTime();
        int comments = new DemoComments(newsroom).load();
        LOG.info("demo content loaded: {} articles and {} comments in {} ms (comments: {} ms)", files.size(), comments,
                (System.nanoTime() - start) / 1_000_000, (System.nanoTime() - commentsStart) / 1_000_000);
        return true;
    }

    private void loadArticle(String file) {
        String text = resource("/demo/articles/" + file);
        int split = text.indexOf("\n---\n");
        if (split < 0) throw new IllegalStateException(file + ": no '---' line between header and body");
        Map<String, String> h = new LinkedHashMap<>();
        for (String line : text.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) h.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        Image image = newsroom.media.add(DemoPictures.draw(h.get("slug")), h.get("image-alt"), h.get("image-caption"),
                h.get("image-credit"));
        var published = LocalDateTime.parse(h.get("published")).toInstant(ZoneOffset.UTC);
        ArticleDraft draft = new ArticleDraft(h.get("title"), h.get("dek"), h.get("slug"), text.substring(split + 5),
                h.getOrDefault("language", "en"), h.get("editor"), list(h.get("authors")), list(h.get("sections")),
                list(h.get("tags")), image.id(), h.containsKey("note") ? List.of(h.get("note")) : List.of(),
                ArticleStatus.PUBLISHED, published);
        String updated = h.getOrDefault("updated", h.get("published"));
        newsroom.articles.createAsOf(draft, LocalDateTime.parse(updated).toInstant(ZoneOffset.UTC));
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) return List.of();
        return new ArrayList<>(Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static List<String> resourceLines(String name) {
        return resource(name).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    static String resource(String name) {
        try (InputStream in = DemoContent.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing demo resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
