package org.masthead.moderation;

import org.masthead.Masthead;
import org.masthead.moderation.classifier.TrainCommand;
import picocli.CommandLine.Command;

/** {@code masthead moderation ...}: the moderation tools of the command line. */
@Command(name = "moderation", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Comment moderation tools.", subcommands = {CheckCommand.class, TrainCommand.class})
public final class ModerationCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
