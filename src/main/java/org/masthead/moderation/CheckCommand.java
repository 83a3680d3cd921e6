package org.masthead.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.masthead.Masthead;
import org.masthead.Newsroom;
import picocli.CommandLine.Command;

/**
 * {@code masthead moderation check}: runs the pipeline of the web path over comments read as JSON lines, as a dry
 * run. Phases read the stored history (rate limits and duplicates count the site's real comments) but nothing is
 * written, so the same input gives the same answers until the site's comments change.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = {"Check comments without storing anything. Reads JSON lines from standard input, each "
                + "{\"id\": ..., \"text\": ..., \"author\": ..., \"email\": ..., \"ip\": ...} (id and text required), and "
                + "writes one JSON line per comment: {\"id\", \"decision\": \"publish\"|\"review\"|\"reject\", "
                + "\"labels\", \"reasons\", \"matches\"}.",
                "A malformed line is reported on standard error with its number; the other lines still run, and the "
                        + "exit code is 1 if any line was malformed."})
public final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stand-ins for what the web form asks for and a line may leave out. */
    static final String DEFAULT_AUTHOR = "Reader";
    static final String DEFAULT_EMAIL = "reader@example.invalid";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Masthead process = Masthead.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int malformed = 0;
        try (Newsroom newsroom = new Newsroom(process.settings(), Clock.systemUTC());
                var in = new BufferedReader(new InputStreamReader(process.in(), StandardCharsets.UTF_8))) {
            Moderation moderation = newsroom.moderation;
            Pipeline pipeline = moderation.pipeline(newsroom.comments.history());
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                try {
                    CheckedLine c = CheckedLine.parse(line);
                    Verdict v = pipeline.run(new Submission(0, c.author(), c.email(), null, c.text(),
                            moderation.addresses().hash(c.ip()), moderation.addresses().networkHash(c.ip()),
                            Clock.systemUTC().instant()));
                    out.println(JSON.writeValueAsString(answer(c.id(), v)));
                } catch (IllegalArgumentException e) {
                    malformed++;
                    err.println("masthead: line " + number + ": " + e.getMessage());
                }
                out.flush();
            }
        }
        err.flush();
        return malformed == 0 ? 0 : 1;
    }

    private static ObjectNode answer(JsonNode id, Verdict v) {
        ObjectNode o = JSON.createObjectNode();
        o.set("id", id);
        o.put("decision", v.decision().word());
        o.set("labels", JSON.valueToTree(v.labels()));
        o.set("reasons", JSON.valueToTree(v.reasons()));
        o.set("matches", JSON.valueToTree(v.matches()));
        return o;
    }

    /** One input line: {@code id} (any JSON string or number, echoed back), {@code text}, and the optional rest. */
    record CheckedLine(JsonNode id, String text, String author, String email, String ip) {
        static CheckedLine parse(String line) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) throw new IllegalArgumentException("expected a JSON object {\"id\", \"text\", ...}");
            JsonNode id = node.get("id");
            if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
                throw new IllegalArgumentException("\"id\" is required: a string or a whole number");
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) throw new IllegalArgumentException("\"text\" is required and must be a string");
            return new CheckedLine(id, text.asText(), optional(node, "author", DEFAULT_AUTHOR),
                    optional(node, "email", DEFAULT_EMAIL), optional(node, "ip", ""));
        }

        private static String optional(JsonNode node, String field, String otherwise) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) return otherwise;
            if (!value.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string");
            return value.asText();
        }
    }
}
