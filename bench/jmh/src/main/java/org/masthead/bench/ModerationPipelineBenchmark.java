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
import org.masthead.comments.NewComment;
import org.masthead.config.Settings;
import org.masthead.moderation.Pipeline;
import org.masthead.moderation.Submission;
import org.masthead.moderation.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The full moderation pipeline (Pipeline.standard, without the outside scorer, which is off by default) over a mix
 * of comments in English, Russian and Ukrainian: clean, harsh, masked, with links. Its phases read a SQLite database
 * holding earlier comments, sanctions, and the shipped word lists, exactly as on the web path; nothing is written.
 * One thread: the throughput of one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ModerationPipelineBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Comments written for this benchmark; a third of them give a phase something to note. */
    private static final List<String> TEXTS = List.of(
            "The tram extension is late again, and the council still has not said why. Who signed off on this timetable?",
            "I read the whole budget. Cutting library hours saves almost nothing and hurts the people who need it most.",
            "What an 1d10t. The minister has no idea what he is talking about.",
            "Министр опять провалил реформу. Пора в отставку, и чем раньше, тем лучше для всех нас.",
            "Це вже третій раз, коли міська рада переносить ремонт мосту. Скільки можна чекати?",
            "Sources: https://example.org/report and https://example.net/data and https://example.com/more for the numbers.",
            "f u c k this council and its f*cking parking rules",
            "Thank you for explaining how inflation is measured; I finally understand the basket of goods.",
            "Ты идиот, если веришь этим цифрам.",
            "Someone should be shot for this mess, honestly.",
            "This law will kill small businesses on Harbour Street, and nobody on the council seems to care.",
            "Great article. My grandmother worked at the docks in the fifties and told the same story about the strike.");
    private Path dir;
    private Newsroom newsroom;
    private Pipeline pipeline;
    private long article;
    private int next;
    private long runs;
    private long cpuNanos;

    @Setup(Level.Trial)
    public void site() throws IOException {
        dir = Files.createTempDirectory("masthead-jmh-");
        newsroom = new Newsroom(Settings.load(Map.of("MASTHEAD_DATA_DIR", dir.toString())), Clock.systemUTC());
        newsroom.staff.add("ada@example.org", "Ada Reporter", Role.AUTHOR, null, "Ada covers the city.");
        newsroom.taxonomy.addSection("news", "News", null, "");
        article = newsroom.articles.create(new ArticleDraft("Moderation", "Comments arrive", "", "A paragraph.", "en",
                "A. N. Editor", List.of("ada-reporter"), List.of("news"), List.of(), null, List.of(),
                ArticleStatus.PUBLISHED, Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)));
        // Some history for the rate-limit, duplicate and trust phases to read.
        for (int i = 0; i < 200; i++) {
            newsroom.comments.postAsOf(new NewComment(article, null, "Reader " + i, "reader" + i + "@example.org",
                    "Earlier comment number " + i + " about the tram.", false, "198.51.100." + (i % 250), null, null),
                    Instant.now().minus(Duration.ofMinutes(30)));
        }
        pipeline = newsroom.moderation.pipeline(newsroom.comments.history());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        System.out.printf("%nCPU time per comment: %.1f us (%d comments)%n", cpuNanos / 1e3 / runs, runs);
        newsroom.close();
        TempFolders.delete(dir);
    }

    @Benchmark
    public Verdict moderate() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        int i = next++ % TEXTS.size();
        var addresses = newsroom.moderation.addresses();
        String ip = "203.0.113." + (i + 1);
        Verdict v = pipeline.run(new Submission(article, "Reader", "reader" + i + "@example.org", null, TEXTS.get(i),
                addresses.hash(ip), addresses.networkHash(ip), Instant.now()));
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        runs++;
        return v;
    }
}
