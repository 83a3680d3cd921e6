package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.Findings;
import org.masthead.moderation.Match;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.Pipeline;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;

class LinksTest {
    private final Links links = new Links(() -> ModerationSettings.defaults(), () -> Set.of("casino.example"));
    private final Findings findings = new Findings();

    private void assess(String text) {
        assertThat(links.assess(new Submission(1, "Ada", "a@example.org", text, "", Instant.now()), findings)).isEmpty();
    }

    @Test
    void two_source_links_are_discussion() {
        assess("See https://example.org/report and www.example.net/data for the figures.");
        assertThat(findings.holds()).isEmpty();
    }

    @Test
    void holds_a_comment_with_three_links() {
        assess("https://a.example/1 https://b.example/2 http://c.example/3");
        assertThat(findings.holds()).extracting(Reason::code).containsExactly("many-links");
        assertThat(findings.holds().get(0).detail()).contains("3 links").contains("more than 2");
    }

    @Test
    void holds_a_link_to_a_blocked_domain_or_its_subdomains_and_marks_where_it_is() {
        String text = "Win big at https://www.Spin.Casino.example/bonus today";
        var verdict = new Pipeline(List.of(links)).run(new Submission(1, "Ada", "a@example.org", text, "", Instant.now()));
        assertThat(verdict.reasons()).extracting(Reason::code).contains("blocked-domain");
        Match m = verdict.matches().get(0);
        assertThat(m.term()).isEqualTo("casino.example");
        assertThat(text.substring(m.start(), m.end())).isEqualTo("https://www.Spin.Casino.example");
    }

    @Test
    void the_number_of_links_is_a_setting() {
        var strict = new Links(() -> ModerationSettings.parse(Map.of("moderation.max-links", "0")), Set::of);
        strict.assess(new Submission(1, "Ada", "a@example.org", "https://example.org", "", Instant.now()), findings);
        assertThat(findings.holds()).extracting(Reason::code).containsExactly("many-links");
    }
}
