package org.masthead.importers;

import org.masthead.Masthead;
import org.masthead.importers.wordpress.WordPressCommand;
import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Bring content from another publishing system.", subcommands = WordPressCommand.class)
public final class ImportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
