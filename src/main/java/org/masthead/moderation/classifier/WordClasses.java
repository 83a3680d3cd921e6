package org.masthead.moderation.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts words into a few classes that matter for abuse (violence, death, wishing and urging, people as targets,
 * identity groups, dehumanising words, expulsion), from {@value #RESOURCE}, in English, Russian and Ukrainian.
 * Word n-grams only know the exact words they were trained on; a class lets the model carry what it learned about
 * "hang the mayor" over to "lynch the judge". Measured on lines by a writer the model never saw, this held one to
 * two more threats and hate comments in a hundred and a third fewer ordinary comments (docs/MODERATION.md).
 */
final class WordClasses {
    static final String RESOURCE = "moderation/word-classes.tsv";
    /** A word's class when it has none. */
    static final int NONE = -1;

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> stems = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int longestStem;

    static WordClasses bundled() {
        return Bundled.INSTANCE;
    }

    /** The class of a folded word (output of {@link TextFolding}), or {@link #NONE}. The longest matching stem wins. */
    int of(String word) {
        Integer c = words.get(word);
        if (c != null) return c;
        for (int n = Math.min(word.length(), longestStem); n >= 2; n--) {
            c = stems.get(word.substring(0, n));
            if (c != null) return c;
        }
        return NONE;
    }

    int size() {
        return names.size();
    }

    static WordClasses read(InputStream in) throws IOException {
        WordClasses classes = new WordClasses();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 1) throw new IOException(RESOURCE + " line " + number + ": expected a class, a tab, then words");
            classes.add(line.substring(0, tab).strip(), line.substring(tab + 1).strip().split("\\s+"));
        }
        return classes;
    }

    private void add(String name, String[] entries) {
        int id = names.indexOf(name);
        if (id < 0) {
            id = names.size();
            names.add(name);
        }
        for (String entry : entries) {
            boolean stem = entry.endsWith("*");
            String folded = TextFolding.fold(stem ? entry.substring(0, entry.length() - 1) : entry);
            if (folded.isEmpty() || folded.contains(" ")) continue; // a phrase: the pairs of classes cover those
            (stem ? stems : words).putIfAbsent(folded, id);
            if (stem) longestStem = Math.max(longestStem, folded.length());
        }
    }

    private static final class Bundled {
        static final WordClasses INSTANCE = load();

        private static WordClasses load() {
            try (InputStream in = WordClasses.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the classifier's word classes " + RESOURCE + " are missing from the build");
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
