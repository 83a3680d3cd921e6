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
import java.util.concurrent.TimeUnit;
import org.masthead.Newsroom;
import org.masthead.accounts.Role;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.comments.Comments;
import org.masthead.comments.NewComment;
import org.masthead.config.Settings;
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
 * Posting one comment through Comments.post (moderation, one transaction on SQLite), without HTTP: the part of
 * a POST /comments/ that is ours. One thread, so the time is the work a comment costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CommentPostBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private Path dir;
    private Newsroom newsroom;
    private long article;
    private long sent;
    private long cpuNanos;

    @Setup(Level.Trial)
    public void article() throws IOException {
        dir = Files.createTempDirectory("masthead-jmh-");
        newsroom = new Newsroom(Settings.load(Map.of("MASTHEAD_DATA_DIR", dir.toString(),
                "MASTHEAD_COMMENTS_PER_ADDRESS_PER_MINUTE", "0")), Clock.systemUTC());
        newsroom.staff.add("ada@example.org", "Ada Reporter", Role.AUTHOR, null, "Ada covers the city.");
        newsroom.taxonomy.addSection("news", "News", null, "");
        article = newsroom.articles.create(new ArticleDraft("Posting", "Comments arrive", "", "A paragraph.", "en",
                "A. N. Editor", List.of("ada-reporter"), List.of("news"), List.of(), null, List.of(),
                ArticleStatus.PUBLISHED, Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        // On a shared machine the thread waits for a core much of the time; its CPU time is what a post costs.
        System.out.printf("%nCPU time per post: %.0f us (%d posts)%n", cpuNanos / 1e3 / sent, sent);
        newsroom.close();
        TempFolders.delete(dir);
    }

    @Benchmark
    public Comments.Posted post() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        sent++;
        Comments.Posted posted = newsroom.comments.post(new NewComment(article, null, "Bench Reader",
                "bench-" + sent + "@example.org", "Comment " + sent + ": the tram is late again and the library closes early.",
                false, "127.0.0.1", "0123456789abcdefghijABCDEFGHIJ0123456789abc", null));
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        return posted;
    }
}
