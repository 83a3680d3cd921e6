package org.masthead.moderation.phases;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationSettings.Classifying;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.masthead.moderation.classifier.Classifier;
import org.masthead.moderation.classifier.Label;
import org.masthead.moderation.classifier.Scores;
import org.masthead.moderation.classifier.Thresholds;

/**
 * Scores the comment with the local classifier and keeps every label's score with it. A threat, identity hate or
 * spam score above its reject threshold refuses the comment (its author is told why and may ask for a second
 * look); at or above its hold threshold it asks for a moderator ({@link Findings#hold}), whoever wrote it. Insult and
 * toxicity at or above theirs are suspicions ({@link Findings#suspect}), like suspect words: they hold the comment
 * of a reader moderators have not come to trust yet ({@link Trust}). The worst label speaks first. Which labels may
 * decide is the site's choice ({@code moderation.classifier}: all by default, threats only, or none); every score
 * is recorded either way.
 */
public final class Classify implements Phase {
    private static final List<Label> WORST_FIRST = List.of(Label.THREAT, Label.IDENTITY_HATE, Label.SPAM, Label.INSULT,
            Label.TOXICITY);
    private static final Set<Label> SUSPICIONS = EnumSet.of(Label.INSULT, Label.TOXICITY);
    private final Classifier classifier;
    private final Supplier<Thresholds> thresholdsNow;
    private final Supplier<Classifying> use;

    /** Every label decides, at these thresholds. */
    public Classify(Classifier classifier, Thresholds thresholds) {
        this(classifier, () -> thresholds, () -> Classifying.ALL);
    }

    /**
     * With the thresholds in force for each comment and how far the scores may decide (the site's settings:
     * {@code moderation::classifierThresholds}, {@code moderation.classifier}).
     */
    public Classify(Classifier classifier, Supplier<Thresholds> thresholdsNow, Supplier<Classifying> use) {
        this.classifier = classifier;
        this.thresholdsNow = thresholdsNow;
        this.use = use;
    }

    /** The same scores, kept with the comment, deciding nothing. */
    public Classify scoringOnly() {
        return new Classify(classifier, thresholdsNow, () -> Classifying.OFF);
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        Scores scores = classifier.score(s.text());
        scores.asMap().forEach(f::score); // kept with the comment and shown to moderators, whatever decides
        List<Label> deciding = switch (use.get()) {
            case OFF -> List.of();
            case THREATS -> List.of(Label.THREAT);
            case ALL -> WORST_FIRST;
        };
        Thresholds thresholds = thresholdsNow.get();
        for (Label label : deciding) {
            if (thresholds.rejects(label, scores.of(label))) {
                return Optional.of(new Decision.Reject(new Reason("classifier", label.id(), refusal(label))));
            }
        }
        for (Label label : deciding) {
            if (thresholds.holds(label, scores.of(label))) {
                Reason reason = new Reason("classifier", label.id(), held(label));
                // A regular's sharp tone is not a reason to make them wait; threats, hate and spam are, whoever writes.
                if (SUSPICIONS.contains(label)) f.suspect(reason);
                else f.hold(reason);
                break;
            }
        }
        return Optional.empty();
    }

    private static String held(Label label) {
        return "A moderator will read your comment before it appears: it " + what(label) + ".";
    }

    private static String refusal(Label label) {
        return "Your comment was not published because it " + what(label)
                + ". If you think this is a mistake, you can ask for a second look.";
    }

    /** The label in the plain words an author is told (a statement of reasons). */
    private static String what(Label label) {
        return switch (label) {
            case THREAT -> "appears to threaten someone or call for violence";
            case IDENTITY_HATE -> "appears to attack people for who they are (nationality, religion, sex, disability and the like)";
            case SPAM -> "looks like advertising or spam";
            case INSULT -> "appears to insult someone";
            case TOXICITY -> "appears to contain abusive or profane language";
        };
    }
}
