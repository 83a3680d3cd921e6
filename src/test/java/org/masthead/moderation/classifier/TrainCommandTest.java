package org.masthead.moderation.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Masthead;
import picocli.CommandLine;

/** {@code masthead moderation train}, run from the project folder as a developer would. */
class TrainCommandTest {
    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {}

    @Test
    void retraining_from_the_corpus_reproduces_the_committed_model_byte_for_byte() throws IOException {
        Path model = folder.resolve("classifier.model");
        Run run = run("moderation", "train", "--model", model.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("| label | test comments with it | precision | recall |", "| threat |",
                "| hard legitimate cases | count | held |", "Wrote " + model);
        assertThat(Files.readAllBytes(model))
                .as("the committed model is stale: run ./masthead moderation train and commit the model")
                .isEqualTo(Files.readAllBytes(Path.of("src", "main", "resources", Classifier.RESOURCE)));
    }

    /** The default hold thresholds are not a guess: they are what the search of docs/MODERATION.md picks. */
    @Test
    void the_default_thresholds_are_the_ones_the_threshold_search_picks() {
        Run run = run("moderation", "train", "--dry-run", "--search-thresholds");

        assertThat(run.exit()).as(run.err()).isZero();
        StringBuilder defaults = new StringBuilder("Hold thresholds the search picks:");
        Thresholds.defaults().hold().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> defaults.append(' ').append(e.getKey().id()).append(' ').append(e.getValue()));
        assertThat(run.out()).contains(defaults.toString() + System.lineSeparator());
    }

    @Test
    void a_malformed_corpus_line_stops_training_with_its_file_and_line() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("threats.tsv"), "threat\tI will find you.\nclean Thanks for the article.\n");
        Path model = folder.resolve("classifier.model");

        Run run = run("moderation", "train", "--corpus", corpus.toString(), "--model", model.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("masthead: " + corpus.resolve("threats.tsv")
                + " line 2: expected labels, a tab, then the comment");
        assertThat(model).doesNotExist();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Masthead.commandLine(Map.of(), new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }
}
