package org.masthead.moderation.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path folder;

    @Test
    void reads_labels_and_counts_insults_threats_and_slurs_as_toxic() throws IOException {
        Files.writeString(folder.resolve("a.tsv"), """
                # a note
                clean\tThanks for the report.

                threat\tI will find you.
                spam,toxicity\tBuy pills here.
                """);
        Files.writeString(folder.resolve(Corpus.HARD_CASES), "idiom\tThis law will kill small shops.\n");
        Files.writeString(folder.resolve(Corpus.ORDINARY_CASES), "everyday\tThe 12 bus was late again.\n");
        Files.writeString(folder.resolve(Corpus.HELD_OUT + "-en.tsv"), "# by other hands\ninsult\tYou clown.\n");

        Corpus corpus = Corpus.read(folder);

        assertThat(corpus.examples()).extracting(Corpus.Example::labels).containsExactly(Set.of(),
                Set.of(Label.THREAT, Label.TOXICITY), Set.of(Label.SPAM, Label.TOXICITY));
        assertThat(corpus.examples().get(1).line()).isEqualTo(4);
        assertThat(corpus.hardCases()).containsExactly(new Corpus.HardCase("idiom", "This law will kill small shops."));
        assertThat(corpus.ordinaryCases()).containsExactly(new Corpus.HardCase("everyday", "The 12 bus was late again."));
        assertThat(corpus.heldOut()).singleElement().satisfies(e -> {
            assertThat(e.labels()).containsExactlyInAnyOrder(Label.INSULT, Label.TOXICITY);
            assertThat(e.line()).isEqualTo(2);
        });
        assertThat(corpus.examples()).noneMatch(e -> e.file().startsWith(Corpus.HELD_OUT)); // never trained on
    }

    @Test
    void a_malformed_line_is_named_by_file_and_line() throws IOException {
        Path file = folder.resolve("bad.tsv");
        Files.writeString(file, "clean\tFine.\nthreat but no tab here\n");
        assertThatThrownBy(() -> Corpus.read(folder)).isInstanceOf(Corpus.MalformedCorpus.class)
                .hasMessage(file + " line 2: expected labels, a tab, then the comment");

        Files.writeString(file, "clean\tFine.\n\n# note\nthraet\tI will find you.\n");
        assertThatThrownBy(() -> Corpus.read(folder)).hasMessageStartingWith(file + " line 4: unknown label 'thraet'");

        Files.writeString(file, "insult\t   \n");
        assertThatThrownBy(() -> Corpus.read(folder)).hasMessage(file + " line 1: the comment after the tab is empty");
    }

    @Test
    void the_test_split_is_fixed_by_the_text_and_about_one_in_five() throws IOException {
        Corpus corpus = Corpus.read(Path.of("moderation", "corpus"));
        int all = corpus.examples().size();
        assertThat(corpus.test().size()).isBetween(all / 7, all / 4);
        assertThat(corpus.training().size() + corpus.test().size()).isEqualTo(all);
        assertThat(corpus.test()).allMatch(e -> new Corpus.Example(e.text(), Set.of(), "other.tsv", 1).inTestSplit());
        assertThat(corpus.hardCases()).hasSizeGreaterThan(100);
    }
}
