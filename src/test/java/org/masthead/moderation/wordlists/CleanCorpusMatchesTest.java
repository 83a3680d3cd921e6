package org.masthead.moderation.wordlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped word lists over the legitimate comments of the corpus (moderation/corpus/clean-*.tsv and
 * hard-cases.tsv): every normalisation added to catch disguised abuse must not make ordinary text match more.
 * The counts below are what the matcher found when this test was written; a change that raises them is a new false
 * positive (the test prints each matching line, to judge it), one that lowers them should lower the count here.
 * New corpus lines count too: most lines counted here quote a slur or a threat to condemn or report it, which the
 * lists hold by design (a moderator tells quotation from abuse). The rounds of 2026-11-26 (afternoon) added 25 such
 * lines held for everyone and 27 suspect ones, each read: reports quoting slurs and threats, a trans woman on the
 * word used against her, "vermin control", "payday loans", "casino", self-mockery ("I was an idiot").
 */
class CleanCorpusMatchesTest {
    /** Legitimate lines that some entry holding for everyone (blocked, or a threat) matches. */
    private static final int HOLDING_LINES = 102;
    /** Legitimate lines that only suspect entries match (held for readers not trusted yet). */
    private static final int SUSPECT_LINES = 43;

    @Test
    void legitimate_comments_do_not_match_more_than_they_did() throws IOException {
        WordMatcher matcher = new WordMatcher(WordLists.shipped());
        List<String> holding = new ArrayList<>();
        List<String> suspect = new ArrayList<>();
        for (Path file : cleanFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                int tab = line.indexOf('\t');
                if (line.isBlank() || line.startsWith("#") || tab < 0) continue;
                List<Hit> hits = matcher.find(line.substring(tab + 1));
                if (hits.isEmpty()) continue;
                String where = file.getFileName() + ":" + (n + 1) + " " + hits.stream()
                        .map(h -> h.entry().term() + "=\"" + h.found() + "\"").toList() + "  " + line.substring(tab + 1);
                if (hits.stream().anyMatch(h -> h.entry().holdsAlways())) holding.add(where);
                else suspect.add(where);
            }
        }
        System.out.println("Legitimate lines held for everyone (" + holding.size() + "):");
        holding.forEach(l -> System.out.println("  " + l));
        System.out.println("Legitimate lines held for readers not trusted yet (" + suspect.size() + "):");
        suspect.forEach(l -> System.out.println("  " + l));
        assertThat(holding.size()).as("legitimate lines held for everyone").isLessThanOrEqualTo(HOLDING_LINES);
        assertThat(suspect.size()).as("legitimate lines held for untrusted readers").isLessThanOrEqualTo(SUSPECT_LINES);
    }

    private static List<Path> cleanFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("moderation", "corpus"))) {
            return files.filter(f -> f.getFileName().toString().matches("clean-.*\\.tsv|hard-cases\\.tsv")).sorted().toList();
        }
    }
}
