package org.masthead.bench;

import java.util.concurrent.TimeUnit;
import org.masthead.moderation.classifier.Classifier;
import org.masthead.moderation.classifier.Scores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The comment classifier alone: folding, hashing and the five dot products for one comment, one thread. The
 * comments rotate through short and long, English and Cyrillic, so the JIT cannot specialise on one text.
 *
 * <pre>java -cp "bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)" org.openjdk.jmh.Main ClassifierBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClassifierBenchmark {
    private static final String[] COMMENTS = {
        "Thanks for the report, it explains the budget much better than the evening news did.",
        "Someone should do something about that mayor, permanently.",
        "I have read the whole bill and section 14 is the problem, not the headline measures. The council should "
                + "publish the impact assessment before the vote, and the minister should explain why the consultation "
                + "lasted only two weeks when the law requires six. Otherwise this will end up in court again.",
        "Мэр у нас вор и дурак, и все это знают.",
        "Earn $500 a day from home!!! www.example-cash.biz",
        "Дякую за статтю, нарешті зрозуміло пояснили, що відбувається з бюджетом і чому зросли тарифи.",
        "u r such a m0r0n lol",
        "The prisoners were executed at dawn, according to the human rights group that documented the trials.",
    };
    private Classifier classifier;
    private int next;

    @Setup
    public void load() {
        classifier = Classifier.bundled();
    }

    @Benchmark
    public Scores score() {
        next = (next + 1) % COMMENTS.length;
        return classifier.score(COMMENTS[next]);
    }
}
