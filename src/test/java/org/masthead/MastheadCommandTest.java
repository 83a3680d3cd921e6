package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.masthead.accounts.PasswordHasher;
import org.masthead.config.Settings;
import org.masthead.testing.TestDatabase;
import picocli.CommandLine;

/** The command line, run in-process against a fresh database, as an operator would type it. */
class MastheadCommandTest {
    private static Map<String, String> environment;

    private record Run(int exit, String out, String err) {}

    private record StaffRow(String email, String name, String role, String passwordHash) {}

    @BeforeAll
    static void freshDatabase() {
        environment = TestDatabase.freshEnvironment();
    }

    @Test
    void help_and_version_work_on_every_command_and_exit_zero() {
        List<List<String>> commands = commandPaths(Masthead.commandLine(), new ArrayList<>());
        assertThat(commands).contains(List.of(), List.of("serve"), List.of("user"), List.of("user", "add"));

        for (List<String> command : commands) {
            String name = String.join(" ", command);
            for (String help : new String[] {"--help", "-h"}) {
                Run run = run("", args(command, help));
                assertThat(run.exit()).as(name + " " + help).isZero();
                assertThat(run.out()).as(name + " " + help).startsWith("Usage: masthead" + (name.isEmpty() ? "" : " " + name));
                assertThat(run.err()).as(name + " " + help).isEmpty();
            }
            for (String version : new String[] {"--version", "-V"}) {
                Run run = run("", args(command, version));
                assertThat(run.exit()).as(name + " " + version).isZero();
                assertThat(run.out()).as(name + " " + version).startsWith("Masthead ");
            }
        }
        assertThat(run("").out()).as("no command at all shows the usage").startsWith("Usage: masthead");
    }

    @Test
    void adding_a_user_prints_a_one_time_password_stored_only_as_an_argon2id_hash() {
        Run run = run("", "user", "add", "--role", "editor", "someone@example.org");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Added someone <someone@example.org> as editor.");
        Matcher shown = Pattern.compile("One-time password .*: (\\S+)\\R").matcher(run.out());
        assertThat(shown.find()).as(run.out()).isTrue();
        String password = shown.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);

        StaffRow row = staff("someone@example.org");
        assertThat(row.role()).isEqualTo("editor");
        assertThat(row.name()).isEqualTo("someone");
        assertThat(row.passwordHash()).startsWith("$argon2id$").doesNotContain(password);
        assertThat(new PasswordHasher().verify(password, row.passwordHash())).isTrue();
        assertThat(new PasswordHasher().verify(password + "x", row.passwordHash())).isFalse();
        assertThat(everyStoredText()).noneMatch(text -> text.contains(password));
    }

    @Test
    void a_password_can_come_from_standard_input_and_is_not_echoed() {
        String password = "correct horse battery staple";
        Run run = run(password + "\n", "user", "add", "--role", "author", "--name", "Mara Voss", "--password-stdin",
                "mara@example.org");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Added Mara Voss <mara@example.org> as author.")
                .doesNotContain(password).doesNotContain("One-time password");
        assertThat(new PasswordHasher().verify(password, staff("mara@example.org").passwordHash())).isTrue();
        assertThat(everyStoredText()).noneMatch(text -> text.contains(password));
    }

    @Test
    void bad_input_exits_non_zero_with_a_one_line_reason_and_stores_nothing() {
        run("", "user", "add", "--role", "author", "taken@example.org");
        record Case(String stdin, String reason, String... args) {}
        List<Case> cases = List.of(
                new Case("", "unknown role 'chief'", "user", "add", "--role", "chief", "new1@example.org"),
                new Case("", "'not-an-email' is not an email address", "user", "add", "--role", "author", "not-an-email"),
                new Case("", "'two@@example.org' is not an email address", "user", "add", "--role", "author",
                        "two@@example.org"),
                new Case("", "already exists", "user", "add", "--role", "editor", "TAKEN@example.org"),
                new Case("short\n", "at least 12 characters", "user", "add", "--role", "author", "--password-stdin",
                        "new2@example.org"),
                new Case("", "no password on standard input", "user", "add", "--role", "author", "--password-stdin",
                        "new3@example.org"),
                new Case("", "name", "user", "add", "--role", "author", "--name", "N".repeat(201), "new4@example.org"));
        long before = staffCount();

        for (Case c : cases) {
            Run run = run(c.stdin(), c.args());
            String what = String.join(" ", c.args());
            assertThat(run.exit()).as(what).isNotZero();
            assertThat(run.err().strip()).as(what).startsWith("masthead: ").contains(c.reason()).doesNotContain("\n")
                    .doesNotContain("Exception");
            assertThat(run.out()).as(what).doesNotContain("Added");
        }
        assertThat(staffCount()).isEqualTo(before);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a server that did start would never return
    void serve_refuses_a_port_that_does_not_exist() {
        Run run = run("", "serve", "--port", "99999");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).startsWith("masthead: ").contains("--port").doesNotContain("\n");

        Map<String, String> badPort = new HashMap<>(environment);
        badPort.put("MASTHEAD_HTTP_PORT", "eighty");
        Run fromEnvironment = run(badPort, "", "serve");
        assertThat(fromEnvironment.exit()).isNotZero();
        assertThat(fromEnvironment.err().strip()).startsWith("masthead: ").contains("MASTHEAD_HTTP_PORT")
                .contains("eighty").doesNotContain("\n");
    }

    private static Run run(String stdin, String... args) {
        return run(environment, stdin, args);
    }

    private static Run run(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Masthead.commandLine(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The words that reach every command and subcommand: [], [serve], [user], [user, add], ... */
    private static List<List<String>> commandPaths(CommandLine cli, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>(List.of(List.copyOf(prefix)));
        cli.getSubcommands().forEach((name, sub) -> paths.addAll(commandPaths(sub, with(prefix, name))));
        return paths;
    }

    private static List<String> with(List<String> list, String word) {
        List<String> longer = new ArrayList<>(list);
        longer.add(word);
        return longer;
    }

    private static String[] args(List<String> list, String... words) {
        List<String> longer = new ArrayList<>(list);
        longer.addAll(List.of(words));
        return longer.toArray(String[]::new);
    }

    private static StaffRow staff(String email) {
        try (Newsroom newsroom = new Newsroom(Settings.load(environment), Clock.systemUTC())) {
            return newsroom.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT email, name, role, password_hash FROM staff WHERE email = :email")
                    .bind("email", email).map((rs, ctx) -> new StaffRow(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4))).one());
        }
    }

    private static long staffCount() {
        try (Newsroom newsroom = new Newsroom(Settings.load(environment), Clock.systemUTC())) {
            return newsroom.database.jdbi().withHandle(h ->
                    h.createQuery("SELECT count(*) FROM staff").mapTo(Long.class).one());
        }
    }

    /** Every value of every column of the staff table, as text. */
    private static List<String> everyStoredText() {
        try (Newsroom newsroom = new Newsroom(Settings.load(environment), Clock.systemUTC())) {
            return newsroom.database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM staff").mapToMap().list())
                    .stream().flatMap(row -> row.values().stream()).map(String::valueOf).toList();
        }
    }
}
