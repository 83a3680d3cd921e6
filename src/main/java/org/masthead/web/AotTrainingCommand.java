package org.masthead.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.masthead.Masthead;
import org.masthead.Newsroom;
import org.masthead.accounts.Role;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.Listing;
import org.masthead.config.Settings;
import picocli.CommandLine.Command;

/**
 * The training run behind the start-up cache ({@code target/masthead.aot}, JDK 25+): the {@code masthead} launcher
 * runs it once per build with {@code -XX:AOTCacheOutput}. It goes through what a start does (settings, database
 * and migrations, routes, Jetty, the first pages) on a throwaway SQLite newsroom, never the configured database,
 * so the JVM can keep those classes loaded and linked for the next starts.
 */
@Command(name = "aot-training", hidden = true, mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Start and stop a throwaway server once (used by the launcher to build its start-up cache).")
public final class AotTrainingCommand implements Callable<Integer> {
    private static final List<String> PAGES = List.of("/", "/category/news/", "/tag/harbour/", "/author/training-reporter/",
            "/2026/", "/no-such-page/", "/category/news");

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("masthead-aot-training-");
        try {
            Path noConfig = Files.createFile(dir.resolve("empty.properties"));
            Settings settings = Settings.load(Map.of("MASTHEAD_CONFIG", noConfig.toString(),
                    "MASTHEAD_DATA_DIR", dir.resolve("data").toString(), "MASTHEAD_HTTP_HOST", "127.0.0.1",
                    "MASTHEAD_HTTP_PORT", "0"));
            try (Newsroom newsroom = new Newsroom(settings, Clock.systemUTC())) {
                addOneStory(newsroom);
                Javalin app = WebApp.create(newsroom).start();
                try {
                    visit(app.port(), newsroom);
                } finally {
                    app.stop();
                }
            }
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void addOneStory(Newsroom n) {
        n.staff.add("reporter@training.invalid", "Training Reporter", Role.AUTHOR, null, "Writes one story.");
        n.taxonomy.addSection("news", "News", null, "");
        n.articles.create(new ArticleDraft("A story", "Its dek.", "a-story", "Some *text*.\n\nMore text.", "en", "",
                List.of("training-reporter"), List.of("news"), List.of("harbour"), null, List.of(),
                ArticleStatus.PUBLISHED, Instant.parse("2026-01-02T10:00:00Z")));
    }

    private static void visit(int port, Newsroom n) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String story = n.lists.latest(Listing.all(), 1).getFirst().path();
        for (String path : Stream.concat(PAGES.stream(), Stream.of(story)).toList()) {
            for (String encoding : new String[] {"identity", "gzip"}) {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.discarding());
            }
        }
    }
}
