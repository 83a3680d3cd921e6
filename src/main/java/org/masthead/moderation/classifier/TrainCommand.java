package org.masthead.moderation.classifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.masthead.Masthead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code masthead moderation train}: trains the classifier from the corpus, writes the model file and prints the
 * evaluation (the tables of docs/MODERATION.md). Run it from the project folder, then rebuild, since the model
 * ships inside the jar.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Retrain the comment classifier from the corpus, write the model file and print its evaluation.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FOLDER", description = "the labelled corpus (default: ${DEFAULT-VALUE})")
    Path corpus = Path.of("moderation", "corpus");

    @Option(names = "--model", paramLabel = "FILE", description = "the model file to write (default: ${DEFAULT-VALUE})")
    Path model = Path.of("src", "main", "resources", Classifier.RESOURCE);

    @Option(names = "--dry-run", description = "train and evaluate, but write no model file")
    boolean dryRun;

    @Option(names = "--search-thresholds", description = "also search a grid for the hold thresholds that hold the most"
            + " threats and identity hate within the limits of docs/MODERATION.md, and print them")
    boolean searchThresholds;

    @Option(names = "--show-misses", description = "also list the test comments and hard cases the model gets wrong")
    boolean showMisses;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Corpus data;
        try {
            data = Corpus.read(corpus);
        } catch (Corpus.MalformedCorpus e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        long started = System.nanoTime();
        var training = data.training();
        var test = data.test();
        Classifier classifier = Trainer.train(training);
        out.printf(Locale.ROOT, "Trained on %d comments in %.1f s; %d test comments kept apart, %d hard cases, %d ordinary"
                + " cases, %d held-out comments.%n%n", training.size(), (System.nanoTime() - started) / 1e9, test.size(),
                data.hardCases().size(), data.ordinaryCases().size(), data.heldOut().size());
        Evaluation evaluation = new Evaluation(classifier, Thresholds.defaults());
        out.println("Per label on the test split, at the default hold thresholds:\n");
        out.println(evaluation.labelTable(test));
        out.println("Held or rejected by the classifier alone, test split:\n");
        out.println(Evaluation.shares(test, evaluation.heldByClassifier()).table());
        if (!data.heldOut().isEmpty()) {
            out.println("Held or rejected by the classifier alone, held-out set (" + data.heldOut().size()
                    + " comments by other writers, never trained on):\n");
            out.println(Evaluation.shares(data.heldOut(), evaluation.heldByClassifier()).table());
        }
        out.println("Hard legitimate cases held by the classifier alone:\n");
        out.println(Evaluation.hardCaseShares(data.hardCases(), evaluation.heldByClassifier()).table());
        if (!data.ordinaryCases().isEmpty()) {
            out.println("Ordinary comments (never trained on) held by the classifier alone:\n");
            out.println(Evaluation.ordinaryShares(data.ordinaryCases(), evaluation.heldByClassifier()).table());
        }
        out.println("Threshold sweep on the test split (precision P, recall R):\n");
        out.println(evaluation.thresholdSweep(test));
        if (searchThresholds) {
            out.println(ThresholdSearch.search(classifier, test, data.hardCases(), data.ordinaryCases())
                    .map(ThresholdSearch.Choice::describe).orElse("No thresholds on the grid keep within the limits."));
            out.println();
        }
        if (showMisses) showMisses(out, classifier, data);
        if (!dryRun) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            classifier.write(bytes);
            if (model.getParent() != null) Files.createDirectories(model.getParent());
            Files.write(model, bytes.toByteArray());
            out.println("Wrote " + model + " (" + bytes.size() + " bytes). Rebuild (./mvnw package) to ship it.");
        }
        out.flush();
        return 0;
    }

    private static void showMisses(PrintWriter out, Classifier classifier, Corpus data) {
        Thresholds t = Thresholds.defaults();
        // The held-out set's misses are not listed: it stays a fair measure only while nobody writes lines against it.
        out.println("Test comments decided wrongly (expected labels, scores, text):");
        for (Corpus.Example e : data.test()) {
            Scores s = classifier.score(e.text());
            boolean held = t.holdsAny(s);
            if (held == e.labels().isEmpty()) out.println("  " + e.labels() + " " + s + " " + e.file() + ":" + e.line() + " " + e.text());
        }
        out.println("Hard and ordinary cases held:");
        for (Corpus.HardCase c : Stream.concat(data.hardCases().stream(), data.ordinaryCases().stream()).toList()) {
            Scores s = classifier.score(c.text());
            if (t.holdsAny(s)) out.println("  [" + c.category() + "] " + s + " " + c.text());
        }
        out.println();
    }
}
