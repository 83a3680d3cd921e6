package org.masthead;

import java.io.InputStream;
import java.util.Map;
import org.masthead.accounts.UserCommand;
import org.masthead.config.Settings;
import org.masthead.importers.ImportCommand;
import org.masthead.moderation.ModerationCommand;
import org.masthead.web.AotTrainingCommand;
import org.masthead.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code masthead serve}, {@code masthead user add}, ... */
@Command(name = "masthead", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Masthead: the publishing platform of a small independent newsroom.",
        subcommands = {ServeCommand.class, UserCommand.class, ImportCommand.class, ModerationCommand.class,
                AotTrainingCommand.class})
public final class Masthead implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;
    private final InputStream in;

    private Masthead(Map<String, String> environment, InputStream in) {
        this.environment = Map.copyOf(environment);
        this.in = in;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return commandLine(System.getenv(), System.in);
    }

    /** The command line of a process started with this environment and standard input (tests pass their own). */
    public static CommandLine commandLine(Map<String, String> environment, InputStream in) {
        CommandLine cli = new CommandLine(new Masthead(environment, in));
        // Bad input on the command line ends with a one-line reason and a non-zero exit, not a stack trace.
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("masthead: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof org.masthead.web.BadInput || e instanceof org.masthead.config.Settings.InvalidSettingException
                    || e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli;
    }

    /** The root of a subcommand's command line: subcommands read settings and standard input through it. */
    public static Masthead of(CommandLine.Model.CommandSpec subcommand) {
        return (Masthead) subcommand.root().userObject();
    }

    /** Settings from the process's environment (and the configuration file it names). */
    public Settings settings() {
        return Settings.load(environment);
    }

    public InputStream in() {
        return in;
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
