package org.masthead.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.masthead.Newsroom;
import org.masthead.accounts.Role;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticlePage;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.Story;
import org.masthead.comments.CommentSection;
import org.masthead.comments.CommentSort;
import org.masthead.config.Settings;
import org.masthead.demo.DemoComments;
import org.masthead.web.Assets;
import org.masthead.web.Frames;
import org.masthead.web.Meta;
import org.masthead.web.Templates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rendering the first page of an article with 10,000 comments, threads up to five levels deep, without the page
 * cache: the comment section read from SQLite (CommentThreads.section) and the whole article template rendered.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CommentPageBenchmark {
    static final int COMMENTS = 10_000;
    /** About one comment in ten starts a thread: 20 threads a page then hold about 200 comments. */
    static final double NEW_THREADS = 0.1;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Path dir;
    private Newsroom newsroom;
    private Story story;
    private ArticleRef article;
    private Frames frames;
    private final Templates templates = new Templates();
    private int commentsOnFirstPage;
    private long renders;
    private long cpuNanos;

    @Setup(Level.Trial)
    public void discussion() throws IOException {
        dir = Files.createTempDirectory("masthead-jmh-");
        newsroom = new Newsroom(Settings.load(Map.of("MASTHEAD_DATA_DIR", dir.toString())), Clock.systemUTC());
        newsroom.staff.add("ada@example.org", "Ada Reporter", Role.AUTHOR, null, "Ada covers the city.");
        newsroom.taxonomy.addSection("news", "News", null, "");
        Instant published = Instant.now().minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
        long id = newsroom.articles.create(new ArticleDraft("A very busy discussion", "Ten thousand comments", "",
                "A paragraph.\n\nAnother paragraph.", "en", "A. N. Editor", List.of("ada-reporter"), List.of("news"),
                List.of("benchmark"), null, List.of(), ArticleStatus.PUBLISHED, published));
        newsroom.comments.importAll(id, DemoComments.generate(new Random(42), COMMENTS, NEW_THREADS,
                published.plus(Duration.ofMinutes(5))));
        story = newsroom.articles.story(id).orElseThrow();
        article = newsroom.articles.ref(id).orElseThrow();
        frames = new Frames(newsroom.site, newsroom.taxonomy, new Assets(), "http://localhost");
        commentsOnFirstPage = count(newsroom.commentThreads.section(article, CommentSort.OLDEST, 1).threads());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        System.out.println("\ncomments on the first page: " + commentsOnFirstPage + " of " + COMMENTS);
        // On a shared machine the thread waits for a core much of the time; its CPU time is what a render costs.
        System.out.printf("CPU time per render: %.2f ms (%d renders)%n", cpuNanos / 1e6 / renders, renders);
        newsroom.close();
        TempFolders.delete(dir);
    }

    @Benchmark
    public byte[] firstPageUncached() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        CommentSection section = newsroom.commentThreads.section(article, CommentSort.OLDEST, 1);
        Meta meta = Meta.page(story.title(), story.dek(), story.path());
        var page = templates.render("articles/article.jte", "page", new ArticlePage(frames.of(meta), story, List.of(), section));
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        renders++;
        return page;
    }

    private static int count(List<org.masthead.comments.Comment> comments) {
        int n = 0;
        for (var c : comments) n += 1 + count(c.replies());
        return n;
    }
}
