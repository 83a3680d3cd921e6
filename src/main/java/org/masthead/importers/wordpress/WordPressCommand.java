package org.masthead.importers.wordpress;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.masthead.Masthead;
import org.masthead.Newsroom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "wordpress", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = {"Import a WordPress export (Tools > Export, WXR 1.1 or 1.2): authors, categories, tags, posts, "
                + "pictures, comments, and a redirect from every old address. Run it again on a newer export of the "
                + "same site to bring over what changed.",
            "Exit status: 0 all imported, 1 some items failed (listed), 2 the file is not a WordPress export or is "
                + "truncated."})
public final class WordPressCommand implements Callable<Integer> {
    @Parameters(paramLabel = "EXPORT.xml", description = "the export file")
    Path file;

    @Option(names = "--media-dir", paramLabel = "DIR",
            description = "the old site's wp-content/uploads folder: pictures are copied from it (without it they "
                    + "stay at their old addresses and are listed)")
    Path mediaDir;

    @Option(names = "--dry-run", description = "read and check everything, report what would happen, store nothing")
    boolean dryRun;

    @Option(names = "--pages", description = "import pages too, as articles (default: listed and skipped)")
    boolean pages;

    @Option(names = "--skip-pingbacks", description = "leave out pingbacks and trackbacks (default: kept as comments)")
    boolean skipPingbacks;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no file " + file);
        if (mediaDir != null && !Files.isDirectory(mediaDir)) throw new IllegalArgumentException("no folder " + mediaDir);
        var options = new WordPressImport.Options(mediaDir == null ? null : mediaDir.toAbsolutePath(), dryRun, pages,
                !skipPingbacks);
        try (Newsroom newsroom = new Newsroom(Masthead.of(spec).settings(), Clock.systemUTC())) {
            ImportReport report;
            try {
                report = new WordPressImport(newsroom, options, out, System.console() != null).run(file);
            } catch (WxrReader.NotWxr e) {
                err.println("masthead: " + file + ": " + e.getMessage());
                err.flush();
                return 2;
            }
            report.print(out);
            if (dryRun) out.println("Dry run: nothing was stored.");
            out.flush();
            return report.failed() ? 1 : 0;
        }
    }
}
