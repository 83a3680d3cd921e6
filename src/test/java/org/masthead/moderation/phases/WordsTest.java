package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Match;
import org.masthead.moderation.Pipeline;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.masthead.moderation.Verdict;
import org.masthead.moderation.wordlists.WordLists;
import org.masthead.moderation.wordlists.WordMatcher;

class WordsTest {
    private static final WordMatcher SHIPPED = new WordMatcher(WordLists.shipped());

    private Verdict run(String text) {
        return new Pipeline(List.of(new Words(() -> SHIPPED), new Held()))
                .run(new Submission(1, "Ada", "a@example.org", text, "", Instant.now()));
    }

    @Test
    void blocked_words_hold_the_comment_and_say_which_and_where() {
        String text = "Those r3tards again";
        Verdict v = run(text);
        assertThat(v.decision()).isInstanceOf(Decision.Review.class);
        assertThat(v.decision().reason()).extracting(Reason::phase, Reason::code).containsExactly("words", "blocked-term");
        assertThat(v.decision().reason().detail()).contains("slur").contains("\"r3tards\"");
        Match m = v.matches().get(0);
        assertThat(m).extracting(Match::list, Match::category, Match::term).containsExactly("blocked", "slur", "retards");
        assertThat(text.substring(m.start(), m.end())).isEqualTo("r3tards");
    }

    @Test
    void suspect_words_are_only_a_suspicion_for_the_trust_phase() {
        Verdict v = run("Ты идиот.");
        assertThat(v.published()).isTrue();
        assertThat(v.reasons()).extracting(Reason::code).contains("suspect-term");
        assertThat(v.matches()).extracting(Match::found).containsExactly("идиот");
    }

    @Test
    void threats_hold_in_every_language() {
        assertThat(run("Його треба вбити його... ні, вбити його!").decision().reason().code()).isEqualTo("threat-term");
        assertThat(run("Чтоб ты сдох").decision().reason().code()).isEqualTo("threat-term");
        assertThat(run("He should be assassinated").decision().reason().code()).isEqualTo("threat-term");
    }

    @Test
    void a_quoted_threat_in_a_comment_of_its_own_is_left_to_the_classifier_but_a_bare_one_still_holds() {
        Verdict report = run("I'm reporting the comment that says the author \"should be hanged\". Please take it down.");
        assertThat(report.published()).isTrue();
        assertThat(report.matches()).extracting(Match::found).containsExactly("should be hanged");
        assertThat(report.reasons()).extracting(Reason::code).contains("quoted-threat-term");

        assertThat(run("The mayor \"should be hanged\"").decision().reason().code()).isEqualTo("threat-term");
        assertThat(run("\"Should be hanged\", is what I say.").decision().reason().code()).isEqualTo("threat-term");
        assertThat(run("Someone wrote \"the judge should be hanged\" and then he should be hanged too.").decision()
                .reason().code()).isEqualTo("threat-term"); // the same words outside the quotation hold
    }

    @Test
    void harsh_criticism_without_abuse_passes() {
        assertThat(run("The minister's budget is a disgrace and he should resign today.").matches()).isEmpty();
        assertThat(run("Министр провалил реформу, ему пора в отставку.").matches()).isEmpty();
        assertThat(run("Міністр провалив реформу і має піти у відставку.").matches()).isEmpty();
    }
}
