package org.masthead.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.masthead.moderation.wordlists.Entry;
import org.masthead.moderation.wordlists.WordLists;
import org.masthead.moderation.wordlists.WordMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Matching one comment of about 60 words against the shipped word lists, and against them plus 50,000 made-up
 * entries (words and two-word phrases): the cost per comment should not grow with the lists.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WordMatcherBenchmark {
    private static final String COMMENT = "The council says the tram will run by spring, but they said that last year"
            + " too. What an 1d10t plan: f*cking parking everywhere and no buses after nine. Министр опять всё"
            + " провалил, а міська рада мовчить. Sources: https://example.org/report. Honestly, someone at the top"
            + " should answer for this mess before the next budget.";

    @Param({"0", "50000"})
    public int extra;

    private WordMatcher matcher;

    @Setup(Level.Trial)
    public void compile() {
        List<Entry> entries = new ArrayList<>(WordLists.shipped());
        String letters = "bdfghknprstvwz";
        for (int i = 0; i < extra; i++) {
            StringBuilder word = new StringBuilder("qz");
            int n = i;
            for (int k = 0; k < 6; k++) {
                word.append(letters.charAt(n % letters.length()));
                n /= letters.length();
            }
            String term = i % 5 == 0 ? word + " " + word.reverse() : i % 7 == 0 ? word + "*" : word.toString();
            entries.add(new Entry(term, Entry.Kind.SUSPECT, "spam", "en"));
        }
        matcher = new WordMatcher(entries);
    }

    @Benchmark
    public int match() {
        return matcher.find(COMMENT).size();
    }
}
