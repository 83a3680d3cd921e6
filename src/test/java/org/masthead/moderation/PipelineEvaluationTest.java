package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.classifier.Corpus;
import org.masthead.moderation.classifier.Evaluation;

/**
 * The targets measured as readers meet them: every test comment of the corpus (comments the classifier never
 * trained on) and every hard case goes through the whole pipeline, links, the shipped word lists and the rest, as the
 * comment of a reader nobody has approved yet, exactly as {@code masthead moderation check} runs it; nothing is
 * stored. Prints the tables of docs/MODERATION.md ("The whole pipeline"), for the standard pipeline and for the same
 * pipeline with the classifier deciding nothing (the word lists alone): {@code ./mvnw -q -o test -Dtest=PipelineEvaluationTest}.
 */
class PipelineEvaluationTest {
    private final ModerationDatabase db = new ModerationDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private record Measured(Evaluation.Shares test, Evaluation.Shares hard, Evaluation.Shares ordinary, Evaluation.Shares heldOut) {}

    private Measured measure(String name, Pipeline pipeline) throws IOException {
        Corpus corpus = Corpus.read(Path.of("moderation", "corpus"));
        Addresses addresses = db.moderation.addresses();
        Predicate<String> held = text -> !pipeline.run(new Submission(0, CheckCommand.DEFAULT_AUTHOR,
                CheckCommand.DEFAULT_EMAIL, null, text, addresses.hash(""), addresses.networkHash(""),
                db.clock.instant())).published();
        Measured m = new Measured(Evaluation.shares(corpus.test(), held), Evaluation.hardCaseShares(corpus.hardCases(), held),
                Evaluation.ordinaryShares(corpus.ordinaryCases(), held), Evaluation.shares(corpus.heldOut(), held));
        System.out.println("Held or rejected by " + name + ", test split:\n\n" + m.test().table());
        System.out.println("Held or rejected by " + name + ", held-out set (other writers, never trained on):\n\n" + m.heldOut().table());
        System.out.println("Hard legitimate cases held by " + name + ":\n\n" + m.hard().table());
        System.out.println("Ordinary comments (never trained on) held by " + name + ":\n\n" + m.ordinary().table());
        return m;
    }

    @Test
    void the_classifier_holds_far_more_abuse_than_the_word_lists_alone_and_few_legitimate_comments() throws IOException {
        CommenterHistory history = db.newsroom.comments.history();
        Measured wordLists = measure("the pipeline with the classifier deciding nothing (word lists alone)",
                db.moderation.pipeline(history).scoringOnly());
        Measured standard = measure("the standard pipeline", db.moderation.pipeline(history));

        for (String kind : new String[] {Evaluation.THREATS, Evaluation.IDENTITY_HATE, Evaluation.SPAM, Evaluation.INSULTS}) {
            assertThat(standard.test().share(kind)).as(kind).isGreaterThan(wordLists.test().share(kind));
        }
        // Floors a little below what docs/MODERATION.md measures (the targets are 0.9, 0.9, 0.9 and 0.8 held,
        // at most 0.1 of the hard cases): a change to the corpus, the features or the word lists that makes the whole
        // pipeline worse fails here. The held-out set, by writers who never read the corpus, is the fairer measure.
        assertThat(standard.test().share(Evaluation.THREATS)).as("threats held").isGreaterThanOrEqualTo(0.86);
        assertThat(standard.test().share(Evaluation.IDENTITY_HATE)).as("identity hate held").isGreaterThanOrEqualTo(0.87);
        assertThat(standard.test().share(Evaluation.SPAM)).as("spam held").isGreaterThanOrEqualTo(0.89);
        assertThat(standard.test().share(Evaluation.INSULTS)).as("insults held").isGreaterThanOrEqualTo(0.87);
        assertThat(standard.test().share(Evaluation.SHORT)).as("short ordinary comments held").isLessThanOrEqualTo(0.07);
        assertThat(standard.hard().share(Evaluation.ALL)).as("hard legitimate cases held").isLessThanOrEqualTo(0.1);
        assertThat(standard.heldOut().share(Evaluation.THREATS)).as("held-out threats held").isGreaterThanOrEqualTo(0.90);
        assertThat(standard.heldOut().share(Evaluation.IDENTITY_HATE)).as("held-out identity hate held").isGreaterThanOrEqualTo(0.95);
        assertThat(standard.heldOut().share(Evaluation.SPAM)).as("held-out spam held").isGreaterThanOrEqualTo(0.96);
        assertThat(standard.heldOut().share(Evaluation.INSULTS)).as("held-out insults held").isGreaterThanOrEqualTo(0.93);
        assertThat(standard.heldOut().share(Evaluation.CLEAN)).as("held-out legitimate comments held").isLessThanOrEqualTo(0.09);
    }
}
