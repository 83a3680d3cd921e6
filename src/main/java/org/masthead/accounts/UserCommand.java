package org.masthead.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.masthead.Masthead;
import org.masthead.Newsroom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Manage staff accounts.", subcommands = UserCommand.Add.class)
public final class UserCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
            description = "Add a member of staff. Prints a one-time password, or reads one from standard input "
                    + "with --password-stdin.")
    public static final class Add implements Callable<Integer> {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin, editor, author, contributor or moderator")
        String role;

        @Option(names = "--name", paramLabel = "NAME", description = "name shown in bylines (default: from the email)")
        String name;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordFromStdin;

        @Parameters(paramLabel = "EMAIL", description = "the person's email address, used to sign in")
        String email;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role parsedRole = Role.parse(role);
            Masthead process = Masthead.of(spec);
            String password = passwordFromStdin ? readLine(process.in()) : Staff.generatePassword();
            try (Newsroom newsroom = new Newsroom(process.settings(), Clock.systemUTC())) {
                StaffMember member = newsroom.staff.add(email, name, parsedRole, password, "");
                var out = spec.commandLine().getOut();
                out.println("Added " + member.name() + " <" + member.email() + "> as " + parsedRole.id() + ".");
                if (!passwordFromStdin) out.println("One-time password (shown once, change it after signing in): " + password);
                out.flush();
            }
            return 0;
        }

        private static String readLine(InputStream stdin) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.isEmpty()) throw new IllegalArgumentException("no password on standard input");
            return line;
        }
    }
}
