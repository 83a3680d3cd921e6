package org.masthead.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII words joined by hyphens, Cyrillic transliterated so links stay readable. */
public final class Slugs {
    public static final Pattern VALID = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final int MAX_LENGTH = 80;
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private Slugs() {}

    public static String of(String text) {
        StringBuilder latin = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) slug = slug.substring(0, MAX_LENGTH).replaceAll("-+[^-]*$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} ... whichever is not yet taken. */
    public static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) candidate = base + "-" + n;
        return candidate;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
    }

    private static Map<Character, String> cyrillic() {
        String from = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя";
        String[] to = {"a", "b", "v", "h", "g", "d", "e", "ye", "yo", "zh", "z", "y", "i", "yi", "y", "k", "l", "m",
            "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) map.put(from.charAt(i), to[i]);
        return Map.copyOf(map);
    }
}
