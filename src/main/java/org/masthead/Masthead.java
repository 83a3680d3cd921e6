package org.masthead;

import org.masthead.accounts.UserCommand;
import org.masthead.web.AotTrainingCommand;
import org.masthead.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code masthead serve}, {@code masthead user add}, ... */
@Command(name = "masthead", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Masthead: the publishing platform of a small independent newsroom.",
        subcommands = {ServeCommand.class, UserCommand.class, AotTrainingCommand.class})
public final class Masthead implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Masthead());
        // Bad input on the command line ends with a one-line reason and a non-zero exit, not a stack trace.
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("masthead: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof org.masthead.web.BadInput || e instanceof org.masthead.config.Settings.InvalidSettingException
                    || e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Masthead.class.getPackage().getImplementationVersion();
            return new String[] {"Masthead " + (v == null ? "(development build)" : v)};
        }
    }
}
