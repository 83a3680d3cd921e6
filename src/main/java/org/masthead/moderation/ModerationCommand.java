package org.masthead.moderation;

import org.masthead.Masthead;
import picocli.CommandLine.Command;

/** {@code masthead moderation ...}: moderation from the command line. */
@Command(name = "moderation", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Comment moderation.", subcommands = CheckCommand.class)
public final class ModerationCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
