package org.masthead.moderation.wordlists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common short words of English, Russian and Ukrainian (src/main/resources/moderation/wordlists/ordinary.txt, folded
 * as the matcher folds them). Two of them side by side are two words, never one listed word split by a space: "as
 * she" stays "as she", while "as shole" (its second half no word) is read as one.
 */
final class OrdinaryWords {
    private static final Set<String> WORDS = load();

    private OrdinaryWords() {}

    static boolean contains(String form) {
        return WORDS.contains(form);
    }

    private static Set<String> load() {
        String file = "/moderation/wordlists/ordinary.txt";
        var in = OrdinaryWords.class.getResourceAsStream(file);
        if (in == null) throw new IllegalStateException(file + " is missing from the build");
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) continue;
                for (String word : line.strip().split("\\s+")) {
                    if (word.isEmpty()) continue;
                    for (Token token : Token.words(word)) words.addAll(Forms.of(token.raw()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
