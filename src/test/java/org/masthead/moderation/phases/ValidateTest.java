package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationLimits;
import org.masthead.moderation.Submission;

class ValidateTest {
    private final Validate validate = new Validate(ModerationLimits.defaults());

    private Optional<Decision> assess(String name, String email, String text) {
        return validate.assess(new Submission(1, name, email, text, "", Instant.now()), new Findings());
    }

    private String refusal(String name, String email, String text) {
        Decision d = assess(name, email, text).orElseThrow(() -> new AssertionError("accepted: " + text));
        assertThat(d).isInstanceOf(Decision.Reject.class);
        assertThat(d.reason().phase()).isEqualTo("validate");
        return d.reason().code();
    }

    @Test
    void ordinary_comments_in_any_script_pass_without_a_decision() {
        assertThat(assess("Vira Kovalenko", "vira@example.org", "Нехай погруддя стоїть у музеї.")).isEmpty();
        assertThat(assess("Дмитрий", "d@example.org", "Марта Квист — отличный вариант. 👍")).isEmpty();
        assertThat(assess("Anna", "anna@example.org", "*History*, not erasure.\n\n> quoted\tand https://example.org")).isEmpty();
    }

    @Test
    void refuses_empty_blank_long_and_control_character_names() {
        assertThat(refusal("", "a@example.org", "text")).isEqualTo("no-name");
        assertThat(refusal("   ", "a@example.org", "text")).isEqualTo("no-name");
        assertThat(refusal(null, "a@example.org", "text")).isEqualTo("no-name");
        assertThat(refusal("x".repeat(101), "a@example.org", "text")).isEqualTo("long-name");
        assertThat(refusal("Ada\u0000", "a@example.org", "text")).isEqualTo("control-characters");
        assertThat(refusal("\u0000", "a@example.org", "text")).isEqualTo("control-characters");
    }

    @Test
    void refuses_addresses_that_cannot_be_email() {
        for (String email : new String[] {"", "ada", "ada@", "@example.org", "ada@example", "a b@example.org",
            "ada@@example.org", "x".repeat(321) + "@example.org"}) {
            assertThat(refusal("Ada", email, "text")).as(email).isEqualTo("bad-email");
        }
    }

    @Test
    void refuses_empty_text_and_text_over_the_limit_counted_in_characters_not_bytes() {
        assertThat(refusal("Ada", "a@example.org", " \n\t ")).isEqualTo("empty");
        assertThat(refusal("Ada", "a@example.org", "x".repeat(5001))).isEqualTo("too-long");
        assertThat(assess("Ada", "a@example.org", "x".repeat(5000))).isEmpty();
        assertThat(assess("Ada", "a@example.org", "😀".repeat(5000))).isEmpty(); // 10,000 UTF-16 units
        assertThat(validate.assess(new Submission(1, "Ada", "a@example.org", "x".repeat(5001), "", Instant.now()),
                new Findings()).orElseThrow().reason().detail()).contains("5001").contains("5000");
    }

    @Test
    void refuses_control_characters_in_text_but_keeps_line_breaks_and_tabs() {
        assertThat(refusal("Ada", "a@example.org", "bell\u0007")).isEqualTo("control-characters");
        assertThat(refusal("Ada", "a@example.org", "nul\u0000")).isEqualTo("control-characters");
        assertThat(refusal("Ada", "a@example.org", "not a character \uFFFF")).isEqualTo("control-characters");
        assertThat(assess("Ada", "a@example.org", "line\r\nbreak\tand tab")).isEmpty();
    }

    @Test
    void refuses_html_code_scripts_event_handlers_and_javascript_links() {
        for (String text : new String[] {"<script>alert(1)</script>", "< SCRIPT >", "<img src=x onerror=alert(1)>",
            "<a href=\"https://example.org\">x</a>", "<iframe src=//evil>", "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))", "text onmouseover = steal()", "<svg/onload=alert(1)>", "</div>"}) {
            assertThat(refusal("Ada", "a@example.org", text)).as(text).isEqualTo("html");
        }
    }

    @Test
    void angle_brackets_that_are_not_tags_are_ordinary_text() {
        assertThat(assess("Ada", "a@example.org", "3 < 5 and 7 > 2; <3")).isEmpty();
    }

    @Test
    void refuses_more_links_than_the_limit() {
        String five = "https://a.example www.b.example http://c.example https://d.example https://e.example";
        assertThat(assess("Ada", "a@example.org", five)).isEmpty();
        assertThat(refusal("Ada", "a@example.org", five + " https://f.example")).isEqualTo("too-many-links");
    }
}
