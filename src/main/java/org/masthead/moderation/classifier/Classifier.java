package org.masthead.moderation.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local statistical classifier: scores a comment for each {@link Label} with the model trained from the
 * project's own corpus ({@code moderation/corpus/}, see docs/MODERATION.md). Runs offline, in microseconds, and
 * is safe to share between threads (the weights never change after loading).
 */
public final class Classifier {
    /** Where the committed model lies in the jar (and, under src/main/resources, in the source tree). */
    public static final String RESOURCE = "moderation/classifier.model";

    private final Model model;

    Classifier(Model model) {
        this.model = model;
    }

    /** The model that ships with Masthead, loaded once per process. */
    public static Classifier bundled() {
        return Bundled.INSTANCE;
    }

    public static Classifier read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Classifier(Model.read(in));
        }
    }

    public Scores score(String text) {
        return new Scores(model.probabilities(Features.of(text, model.bits)));
    }

    void write(java.io.OutputStream out) throws IOException {
        model.write(out);
    }

    private static final class Bundled {
        static final Classifier INSTANCE = load();

        private static Classifier load() {
            try (InputStream in = Classifier.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the classifier model " + RESOURCE + " is missing from the build");
                return new Classifier(Model.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the classifier model " + RESOURCE, e);
            }
        }
    }
}
