package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Masthead;
import org.masthead.Newsroom;
import org.masthead.config.Settings;
import org.masthead.moderation.sanctions.Commenter;
import org.masthead.testing.TestDatabase;
import picocli.CommandLine;

/** {@code masthead moderation check} in-process, on good and malformed input, with nothing stored. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, String> environment;

    private record Run(int exit, List<JsonNode> lines, String err) {}

    @BeforeAll
    static void database() {
        environment = TestDatabase.freshEnvironment();
        try (Newsroom newsroom = new Newsroom(Settings.load(environment), Clock.systemUTC())) {
            newsroom.moderation.sanctions().ban(Commenter.email("troll@example.org"), "", "test");
        }
    }

    private static Run run(String stdin) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Masthead.commandLine(environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("moderation", "check");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) if (!line.isBlank()) lines.add(JSON.readTree(line));
        return new Run(exit, lines, err.toString());
    }

    private static int storedComments() {
        try (Newsroom newsroom = new Newsroom(Settings.load(environment), Clock.systemUTC())) {
            return newsroom.database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM comments").mapTo(Integer.class).one());
        }
    }

    @Test
    void answers_each_line_with_a_decision_labels_and_reasons() throws Exception {
        Run run = run("""
                {"id": 1, "text": "Thank you for this careful report on the bridge."}
                {"id": "b", "text": "Those r3tards on the council", "author": "Sam", "email": "sam@example.org", "ip": "203.0.113.9"}
                {"id": 3, "text": "Still here", "email": "troll@example.org"}
                {"id": 4, "text": ""}
                """);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(4);
        JsonNode clean = run.lines().get(0);
        assertThat(clean.get("id").asInt()).isEqualTo(1);
        assertThat(clean.get("decision").asText()).isEqualTo("publish");
        assertThat(clean.get("labels").isObject()).isTrue();
        assertThat(clean.get("reasons").isArray()).isTrue();

        JsonNode slur = run.lines().get(1);
        assertThat(slur.get("id").asText()).isEqualTo("b");
        assertThat(slur.get("decision").asText()).isEqualTo("review");
        assertThat(slur.get("reasons").findValuesAsText("code")).contains("blocked-term");
        assertThat(slur.get("matches").get(0).get("found").asText()).isEqualTo("r3tards");

        assertThat(run.lines().get(2).get("decision").asText()).isEqualTo("reject");
        assertThat(run.lines().get(2).get("reasons").findValuesAsText("code")).contains("banned");
        assertThat(run.lines().get(3).get("decision").asText()).isEqualTo("reject");
        assertThat(run.lines().get(3).get("reasons").findValuesAsText("code")).contains("empty");
    }

    @Test
    void a_malformed_line_is_named_on_stderr_the_rest_still_run_and_the_exit_code_says_so() throws Exception {
        Run run = run("""
                {"id": 1, "text": "First."}
                this is not json
                {"text": "no id"}
                {"id": 4, "text": 42}

                {"id": 5, "text": "Last."}
                """);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).extracting(l -> l.get("id").asInt()).containsExactly(1, 5);
        assertThat(run.err()).contains("line 2: not JSON").contains("line 3: \"id\" is required")
                .contains("line 4: \"text\" is required");
        assertThat(run.err().lines().count()).isEqualTo(3);
    }

    /** In a process of its own, as a script runs it: stdout must hold the JSON lines and nothing else (no log). */
    @Test
    void a_real_process_writes_only_json_lines_on_stdout() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Masthead.class.getName(), "moderation", "check");
        pb.environment().putAll(environment); // no mail server configured: the Mailer logs a warning at start
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        try (var in = process.getOutputStream()) {
            in.write("{\"id\": 1, \"text\": \"A fair summary of the vote.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(out.lines().toList()).hasSize(1);
        assertThat(JSON.readTree(out).get("decision").asText()).isEqualTo("publish");
    }

    @Test
    void stores_nothing_so_the_same_comment_twice_is_no_duplicate_and_no_flood() throws Exception {
        String line = "{\"id\": 1, \"text\": \"The same words again, posted twice.\", \"email\": \"ada@example.org\", \"ip\": \"198.51.100.1\"}\n";
        Run run = run(line.repeat(15));
        assertThat(run.lines()).hasSize(15).allSatisfy(l -> assertThat(l.get("decision").asText()).isEqualTo("publish"));
        assertThat(storedComments()).isZero();
    }
}
