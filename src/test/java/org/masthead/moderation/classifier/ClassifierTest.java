package org.masthead.moderation.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on comments written for this test, in none of the corpus files: what must be held is held,
 * what must not is not (at the default thresholds, as a site runs them).
 */
class ClassifierTest {
    private final Classifier classifier = Classifier.bundled();
    private final Thresholds thresholds = Thresholds.defaults();

    @Test
    void scores_every_label_between_zero_and_one() {
        Scores scores = classifier.score("The council meets on Thursday.");
        assertThat(scores.asMap()).containsOnlyKeys("toxicity", "insult", "identity_hate", "threat", "spam");
        assertThat(scores.asMap().values()).allMatch(v -> v >= 0 && v <= 1);
        assertThat(classifier.score("")).isEqualTo(classifier.score("   "));
    }

    @Test
    void holds_clear_threats_slurs_and_spam() {
        List<String> threats = List.of("Somebody should shoot the finance minister.", "I hope the judge dies screaming.",
                "Я найду тебя и убью.");
        for (String threat : threats) assertThat(classifier.score(threat).of(Label.THREAT)).as(threat).isGreaterThanOrEqualTo(hold(Label.THREAT));
        assertThat(classifier.score("Filthy immigrants are vermin.").of(Label.IDENTITY_HATE)).isGreaterThanOrEqualTo(hold(Label.IDENTITY_HATE));
        assertThat(classifier.score("Earn $900 a day from home, click www.quick-cash-now.biz").of(Label.SPAM))
                .isGreaterThanOrEqualTo(hold(Label.SPAM));
        assertThat(classifier.score("You are a pathetic moron.").of(Label.INSULT)).isGreaterThanOrEqualTo(hold(Label.INSULT));
    }

    @Test
    void lets_hard_legitimate_comments_through() {
        List<String> legitimate = List.of("The rebels executed two prisoners, the monitors said.",
                "This tax will kill the corner shops.", "The minister lied and should resign.",
                "Thank you for a balanced report on the strike.");
        for (String text : legitimate) assertThat(thresholds.holdsAny(classifier.score(text))).as(text).isFalse();
    }

    @Test
    void masked_and_leetspeak_abuse_scores_like_the_plain_words() {
        double plain = classifier.score("you are an idiot").of(Label.INSULT);
        assertThat(classifier.score("you are an 1d10t").of(Label.INSULT)).isCloseTo(plain, org.assertj.core.data.Offset.offset(0.05));
    }

    private double hold(Label label) {
        return thresholds.hold().get(label);
    }
}
