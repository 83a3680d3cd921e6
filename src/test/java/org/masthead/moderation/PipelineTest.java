package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.phases.RateLimit;

class PipelineTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final List<String> ran = new ArrayList<>();

    private final ModerationDatabase db = new ModerationDatabase();

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }

    private Moderation moderation() {
        return db.moderation;
    }

    private Submission comment(String text) {
        return new Submission(1, "Ada", "ada@example.org", text, "ip1", NOW);
    }

    /** A phase that notes a reason and decides nothing. */
    private Phase noting(String name) {
        return (s, f) -> {
            ran.add(name);
            f.note(new Reason(name, "noted", name + " saw it"));
            return Optional.empty();
        };
    }

    private Phase deciding(String name, Decision decision) {
        return (s, f) -> {
            ran.add(name);
            return Optional.of(decision);
        };
    }

    @Test
    void publishes_when_no_phase_decides_and_keeps_every_reason() {
        Verdict verdict = new Pipeline(List.of(noting("a"), noting("b"))).run(comment("hello"));
        assertThat(verdict.published()).isTrue();
        assertThat(verdict.reasons()).extracting(Reason::phase).containsExactly("a", "b", "pipeline");
        assertThat(verdict.reasonsText()).contains("a/noted: a saw it").contains("pipeline/passed");
    }

    @Test
    void the_first_decision_wins_and_later_phases_do_not_run() {
        var hold = new Decision.Review(new Reason("words", "insult", "calls someone an idiot"));
        var reject = new Decision.Reject(new Reason("spam", "link", "spam"));
        Verdict verdict = new Pipeline(List.of(noting("a"), deciding("hold", hold), deciding("reject", reject)))
                .run(comment("you idiot"));
        assertThat(verdict.decision()).isEqualTo(hold);
        assertThat(verdict.published()).isFalse();
        assertThat(verdict.rejected()).isFalse();
        assertThat(ran).containsExactly("a", "hold");
        assertThat(verdict.reasons()).extracting(Reason::code).containsExactly("noted", "insult");
    }

    @Test
    void scores_noted_by_phases_reach_the_verdict() {
        Phase scoring = (s, f) -> {
            f.score("toxicity", 0.25);
            return Optional.empty();
        };
        assertThat(new Pipeline(List.of(scoring)).run(comment("hm")).labels()).containsEntry("toxicity", 0.25);
    }

    @Test
    void the_standard_order_refuses_what_is_not_a_comment_before_counting_a_flood() {
        CommenterHistory flooding = new RememberedComments();
        for (int i = 0; i < 20; i++) ((RememberedComments) flooding).add(1, "ada@example.org", "ip1", "t" + i, NOW);
        Pipeline standard = Pipeline.standard(flooding, moderation());
        assertThat(standard.run(comment("")).decision().reason().code()).isEqualTo("empty");
        assertThat(standard.run(comment("hello")).decision().reason().code()).isEqualTo("address");
        assertThat(standard.run(comment("hello")).rejected()).isTrue();
    }

    @Test
    void imports_leave_out_rate_limiting_but_still_validate_and_can_add_a_last_word() {
        var flooding = new RememberedComments();
        for (int i = 0; i < 20; i++) flooding.add(1, "ada@example.org", "ip1", "t" + i, NOW);
        Pipeline imports = Pipeline.standard(flooding, moderation()).without(RateLimit.class);
        assertThat(imports.run(comment("hello")).published()).isTrue();
        assertThat(imports.run(comment("<script>")).rejected()).isTrue();
        Pipeline held = imports.then((s, f) -> Optional.of(new Decision.Review(new Reason("import", "held", "why"))));
        assertThat(held.run(comment("hello")).decision()).isInstanceOf(Decision.Review.class);
        assertThat(held.run(comment("<script>")).rejected()).isTrue();
    }
}
