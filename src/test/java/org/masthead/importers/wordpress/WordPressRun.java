package org.masthead.importers.wordpress;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masthead.Masthead;
import picocli.CommandLine;

/** Runs {@code masthead import wordpress ...} in-process against the database {@code environment} names. */
record WordPressRun(int exit, String out, String err) {
    static WordPressRun of(Map<String, String> environment, Path file, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Masthead.commandLine(environment, new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("import", "wordpress", file.toString()));
        args.addAll(List.of(options));
        int exit = cli.execute(args.toArray(String[]::new));
        return new WordPressRun(exit, out.toString(), err.toString());
    }

    /** A file of the test resources under wordpress/. */
    static Path fixture(String name) {
        try {
            return Path.of(WordPressRun.class.getResource("/wordpress/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary line of a kind: created, updated, unchanged, skipped, failed. */
    int[] counts(String kind) {
        for (String line : out.split("\\R")) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 6 && words[0].equals(kind)) {
                int[] c = new int[5];
                for (int i = 0; i < 5; i++) c[i] = Integer.parseInt(words[i + 1]);
                return c;
            }
        }
        throw new AssertionError("no line for " + kind + " in\n" + out);
    }
}
