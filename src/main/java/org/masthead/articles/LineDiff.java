package org.masthead.articles;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts, line by line (a longest common subsequence): what an editor needs to see
 * between two revisions of an article's Markdown. Very long texts are compared as "all removed, all added"
 * rather than spending seconds and megabytes on a table no one reads.
 */
public final class LineDiff {
    private static final long MAX_CELLS = 4_000_000;

    private LineDiff() {}

    public enum Change { SAME, REMOVED, ADDED }

    /** One line of the comparison; {@code oldNumber} or {@code newNumber} is 0 where the line is not on that side. */
    public record Line(Change change, int oldNumber, int newNumber, String text) {}

    public static List<Line> between(String before, String after) {
        String[] a = lines(before), b = lines(after);
        List<Line> out = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            for (int i = 0; i < a.length; i++) out.add(new Line(Change.REMOVED, i + 1, 0, a[i]));
            for (int j = 0; j < b.length; j++) out.add(new Line(Change.ADDED, 0, j + 1, b[j]));
            return out;
        }
        int[][] common = new int[a.length + 1][b.length + 1]; // common[i][j]: LCS length of a[i..] and b[j..]
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line(Change.SAME, i + 1, j + 1, a[i]));
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                out.add(new Line(Change.REMOVED, i + 1, 0, a[i]));
                i++;
            } else {
                out.add(new Line(Change.ADDED, 0, j + 1, b[j]));
                j++;
            }
        }
        return out;
    }

    private static String[] lines(String text) {
        return text.isEmpty() ? new String[0] : text.replace("\r\n", "\n").split("\n", -1);
    }
}
