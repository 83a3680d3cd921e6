package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.Decision;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.Pipeline;
import org.masthead.moderation.Reason;
import org.masthead.moderation.RememberedComments;
import org.masthead.moderation.Submission;
import org.masthead.moderation.Verdict;
import org.masthead.moderation.wordlists.Entry;
import org.masthead.moderation.wordlists.WordMatcher;

/** Trust together with the phases around it: suspects hold only the untrusted, threats hold everyone. */
class TrustTest {
    private final RememberedComments history = new RememberedComments().approved("trusted@example.org", 2);
    private final WordMatcher words = new WordMatcher(List.of(
            new Entry("idiot*", Entry.Kind.SUSPECT, "insult", "en"),
            new Entry("kill him", Entry.Kind.SUSPECT, "threat", "en")));

    private Verdict run(String mode, String email, String text) {
        var settings = ModerationSettings.parse(Map.of("moderation.mode", mode, "moderation.trust-after", "2"));
        Pipeline p = new Pipeline(List.of(new Words(() -> words), new Held(), new Trust(history, () -> settings)));
        return p.run(new Submission(1, "Ada", email, text, "", Instant.now()));
    }

    @Test
    void suspect_words_hold_a_new_reader_but_not_a_trusted_one() {
        Verdict fresh = run("post", "new@example.org", "What an idiot");
        assertThat(fresh.decision()).isInstanceOf(Decision.Review.class);
        assertThat(fresh.decision().reason().code()).isEqualTo("suspect-term");

        Verdict trusted = run("post", "trusted@example.org", "What an idiot");
        assertThat(trusted.published()).isTrue();
        assertThat(trusted.reasons()).extracting(Reason::code).contains("suspect-term", "trusted");
    }

    @Test
    void threats_hold_even_a_trusted_reader() {
        Verdict v = run("post", "trusted@example.org", "Someone should kill him");
        assertThat(v.decision()).isInstanceOf(Decision.Review.class);
        assertThat(v.decision().reason().code()).isEqualTo("threat-term");
    }

    @Test
    void in_first_comments_mode_everything_from_an_untrusted_reader_waits() {
        Verdict fresh = run("first", "new@example.org", "A fine article.");
        assertThat(fresh.decision().reason()).extracting(Reason::phase, Reason::code).containsExactly("trust", "first-comments");
        assertThat(fresh.decision().reason().detail()).contains("0 of 2");
        assertThat(run("first", "trusted@example.org", "A fine article.").published()).isTrue();
        assertThat(run("post", "new@example.org", "A fine article.").published()).isTrue();
    }
}
