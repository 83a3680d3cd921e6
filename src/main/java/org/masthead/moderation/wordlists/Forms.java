package org.masthead.moderation.wordlists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings a folded word may stand for, as the matcher compares them: read as Latin or as Cyrillic (look-alike
 * letters of the other script mapped over, so "дурaк" with a Latin "a" is "дурак"), leetspeak read as letters
 * ("4", "@" are "a"; "1" may be "i" or "l"), and letters stretched three times or more ("fuuuuck") read as one or
 * two. A word of digits only is a number and stays one. Masks ('*') stay for the matcher to fill in.
 */
final class Forms {
    /** Latin letters and the Cyrillic letters that look the same, pair by pair. */
    private static final String LATIN_LOOKS = "aeopcxykmthbijs";
    private static final String CYRILLIC_LOOKS = "аеорсхукмтнвіјѕ";
    private static final int MAX_FORMS = 32;

    private Forms() {}

    static List<String> of(String raw) {
        if (raw.chars().allMatch(Character::isDigit)) return List.of(raw);
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (LATIN_LOOKS.indexOf(c) >= 0 || CYRILLIC_LOOKS.indexOf(c) >= 0) continue;
            Character.UnicodeScript script = Character.isLetter(c) ? Character.UnicodeScript.of(c) : null;
            if (script == Character.UnicodeScript.LATIN) latin++;
            if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
        }
        Set<String> forms = new LinkedHashSet<>();
        // A word made only of look-alikes ("xep", "сос") could be either script: both readings are tried.
        if (latin >= cyrillic) addStretched(forms, read(raw, true));
        if (cyrillic >= latin) addStretched(forms, read(raw, false));
        return List.copyOf(forms);
    }

    /** The word read in one script; several readings where a symbol is ambiguous ("1" is "i" or "l"). */
    private static List<String> read(String raw, boolean latin) {
        List<StringBuilder> readings = new ArrayList<>();
        readings.add(new StringBuilder(raw.length()));
        for (int i = 0; i < raw.length(); i++) {
            String options = latin ? asLatin(raw.charAt(i)) : asCyrillic(raw.charAt(i));
            if (options.length() == 1 || readings.size() * options.length() > 8) {
                for (StringBuilder r : readings) r.append(options.charAt(0));
                continue;
            }
            List<StringBuilder> more = new ArrayList<>();
            for (StringBuilder r : readings) {
                for (int o = 0; o < options.length(); o++) more.add(new StringBuilder(r).append(options.charAt(o)));
            }
            readings = more;
        }
        return readings.stream().map(StringBuilder::toString).toList();
    }

    private static String asLatin(char c) {
        int look = CYRILLIC_LOOKS.indexOf(c);
        if (look >= 0) return String.valueOf(LATIN_LOOKS.charAt(look));
        return switch (c) {
            case '4', '@' -> "a";
            case '3' -> "e";
            case '0' -> "o";
            case '$', '5' -> "s";
            case '7' -> "t";
            case '9' -> "g";
            case '!' -> "i";
            case '1' -> "il";
            case '|' -> "li";
            default -> String.valueOf(c);
        };
    }

    private static String asCyrillic(char c) {
        int look = LATIN_LOOKS.indexOf(c);
        if (look >= 0) return String.valueOf(CYRILLIC_LOOKS.charAt(look));
        return switch (c) {
            case '0' -> "о";
            case '3' -> "з";
            case '4' -> "ч";
            case '6' -> "б";
            case '@' -> "а";
            case '$' -> "с";
            case '!' -> "иі"; // Russian и, Ukrainian і
            default -> String.valueOf(c);
        };
    }

    /** Adds each reading, and where letters repeat three times or more, the readings with each run as one or two. */
    private static void addStretched(Set<String> forms, List<String> readings) {
        for (String reading : readings) {
            List<int[]> runs = runs(reading);
            if (runs.isEmpty()) {
                forms.add(reading);
                continue;
            }
            int k = Math.min(runs.size(), 4);
            for (int mask = 0; mask < 1 << k && forms.size() < MAX_FORMS; mask++) {
                StringBuilder b = new StringBuilder(reading.length());
                int at = 0;
                for (int r = 0; r < runs.size(); r++) {
                    int[] run = runs.get(r);
                    b.append(reading, at, run[0]);
                    int keep = r < k && (mask & 1 << r) != 0 ? 2 : 1;
                    b.append(String.valueOf(reading.charAt(run[0])).repeat(keep));
                    at = run[1];
                }
                b.append(reading, at, reading.length());
                forms.add(b.toString());
            }
        }
    }

    /** Runs of one letter repeated three times or more, as [start, end). Masks are not letters and never a run. */
    private static List<int[]> runs(String s) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            if (j - i >= 3 && s.charAt(i) != '*') runs.add(new int[] {i, j});
            i = j;
        }
        return runs;
    }
}
