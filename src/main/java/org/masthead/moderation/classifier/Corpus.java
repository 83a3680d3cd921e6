package org.masthead.moderation.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labelled comments the model learns from: every {@code *.tsv} file of the corpus folder except the hard
 * cases, one comment a line as {@code labels<TAB>text}, where labels is {@code clean} or a comma-separated list of
 * label ids. Lines starting with {@code #} and blank lines are notes. An insult, a slur or a threat is toxic as
 * well, so those lines count for {@link Label#TOXICITY} without saying so.
 *
 * <p>Some files are never trained on; they only measure. Two hold legitimate comments, each line
 * {@code category<TAB>text}: the hard cases ({@value #HARD_CASES}), legitimate comments that look like abuse, and
 * the ordinary cases ({@value #ORDINARY_CASES}), plain everyday comments written apart from the training lines.
 * The held-out files ({@value #HELD_OUT}{@code *.tsv}) are labelled like the training files but were written by
 * other hands that never read the corpus: how the model does on comments in words it was not taught.
 */
public record Corpus(List<Example> examples, List<HardCase> hardCases, List<HardCase> ordinaryCases, List<Example> heldOut) {
    public static final String HARD_CASES = "hard-cases.tsv";
    public static final String ORDINARY_CASES = "ordinary-cases.tsv";
    public static final String HELD_OUT = "held-out";

    /** One labelled comment and where it was written, for error messages and the test split. */
    public record Example(String text, Set<Label> labels, String file, int line) {
        /** One line in five, chosen by the text's hash, is kept out of training to measure the model. */
        public boolean inTestSplit() {
            int h = 0x811C9DC5;
            for (int i = 0; i < text.length(); i++) h = (h ^ text.charAt(i)) * 0x01000193;
            return Integer.remainderUnsigned(h, 5) == 0;
        }
    }

    /** A legitimate comment the model never trains on, by kind. */
    public record HardCase(String category, String text) {}

    /** A line the corpus cannot use, named by file and line number. */
    public static final class MalformedCorpus extends RuntimeException {
        public MalformedCorpus(String message) {
            super(message);
        }
    }

    public static Corpus read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) throw new MalformedCorpus("corpus folder not found: " + folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        List<Example> examples = new ArrayList<>();
        List<HardCase> hard = new ArrayList<>();
        List<HardCase> ordinary = new ArrayList<>();
        List<Example> heldOut = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<Example> labelled = name.startsWith(HELD_OUT) ? heldOut : examples;
            // null for a file of labelled comments; else the measuring set its lines go to
            List<HardCase> measuring = name.equals(HARD_CASES) ? hard : name.equals(ORDINARY_CASES) ? ordinary : null;
            int number = 0;
            for (String line : lines(file)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String where = file + " line " + number + ": ";
                if (tab < 0) throw new MalformedCorpus(where + "expected " + (measuring != null ? "category" : "labels") + ", a tab, then the comment");
                String head = line.substring(0, tab).strip();
                String text = line.substring(tab + 1).strip();
                if (text.isEmpty()) throw new MalformedCorpus(where + "the comment after the tab is empty");
                if (measuring != null) {
                    if (head.isEmpty()) throw new MalformedCorpus(where + "the category before the tab is empty");
                    measuring.add(new HardCase(head, text));
                } else {
                    labelled.add(new Example(text, labels(head, where), name, number));
                }
            }
        }
        if (examples.isEmpty()) throw new MalformedCorpus("no labelled comments in " + folder);
        return new Corpus(List.copyOf(examples), List.copyOf(hard), List.copyOf(ordinary), List.copyOf(heldOut));
    }

    private static List<String> lines(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return r.lines().toList();
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) throw new MalformedCorpus(file + ": not UTF-8 text");
            throw e;
        }
    }

    private static Set<Label> labels(String head, String where) {
        if (head.equals("clean")) return Set.of();
        Set<Label> labels = EnumSet.noneOf(Label.class);
        for (String id : head.split(",")) {
            try {
                labels.add(Label.parse(id));
            } catch (IllegalArgumentException e) {
                throw new MalformedCorpus(where + e.getMessage());
            }
        }
        if (labels.contains(Label.INSULT) || labels.contains(Label.IDENTITY_HATE) || labels.contains(Label.THREAT)) {
            labels.add(Label.TOXICITY);
        }
        return Set.copyOf(labels);
    }

    public List<Example> training() {
        return examples.stream().filter(e -> !e.inTestSplit()).toList();
    }

    public List<Example> test() {
        return examples.stream().filter(Example::inTestSplit).toList();
    }
}
