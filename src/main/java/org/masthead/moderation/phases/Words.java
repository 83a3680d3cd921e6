package org.masthead.moderation.phases;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.Match;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.masthead.moderation.classifier.Quotes;
import org.masthead.moderation.wordlists.Hit;
import org.masthead.moderation.wordlists.WordMatcher;

/**
 * Looks for the words and phrases of the site's word lists. Blocked terms and threats ask for a hold (a moderator
 * reads the comment, whoever wrote it); suspect terms are a suspicion (held unless the reader is trusted). Words are
 * held, never refused: the same word is abuse in one comment and a quotation in the next, and a person tells them apart.
 *
 * <p>A threat's words inside quotation marks, in a comment that says enough in its own voice around them, are
 * recorded but hold nothing by themselves: such comments mostly report or condemn a threat ("someone wrote that the
 * judge "should be hanged"; please delete it"), and the classifier, which reads quotations apart from the comment's
 * own words, decides. A threat in quotation marks with hardly a word of its own around it still holds.
 */
public final class Words implements Phase {
    /** Own words (outside quotation marks) a comment needs for a quoted threat not to hold it by itself. */
    private static final int OWN_WORDS_AROUND_A_QUOTE = 5;
    private final Supplier<WordMatcher> matcher;

    public Words(Supplier<WordMatcher> matcher) {
        this.matcher = matcher;
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        List<Hit> hits = matcher.get().find(s.text());
        if (hits.isEmpty()) return Optional.empty();
        for (Hit h : hits) {
            f.match(new Match(h.entry().kind().id(), h.entry().category(), h.entry().term(), h.start(), h.end(), h.found()));
        }
        List<Hit> allThreats = hits.stream().filter(h -> h.entry().category().equals("threat")).toList();
        // Counting the comment's own words is needed only when a threat's words are found, and only once.
        boolean saysEnough = !allThreats.isEmpty() && Quotes.ownWords(s.text()) >= OWN_WORDS_AROUND_A_QUOTE;
        List<Hit> threats = allThreats.stream().filter(h -> !(saysEnough && Quotes.quotes(s.text(), h.start(), h.end()))).toList();
        if (threats.size() < allThreats.size()) {
            f.note(new Reason("words", "quoted-threat-term", "Quotes words of a threat: " + quoted(allThreats.stream()
                    .filter(h -> !threats.contains(h)).toList()) + "; the classifier judges the comment."));
        }
        List<Hit> blocked = hits.stream().filter(h -> h.entry().holdsAlways() && !allThreats.contains(h)).toList();
        List<Hit> suspect = hits.stream().filter(h -> !h.entry().holdsAlways()).toList();
        if (!threats.isEmpty()) {
            f.hold(new Reason("words", "threat-term", "Contains words of a threat or call for violence: " + quoted(threats) + "."));
        }
        if (!blocked.isEmpty()) {
            f.hold(new Reason("words", "blocked-term", "Contains blocked words (" + categories(blocked) + "): "
                    + quoted(blocked) + "."));
        }
        if (!suspect.isEmpty()) {
            f.suspect(new Reason("words", "suspect-term", "Contains words that are often abusive (" + categories(suspect)
                    + "): " + quoted(suspect) + "."));
        }
        return Optional.empty();
    }

    private static String quoted(List<Hit> hits) {
        return hits.stream().map(h -> "\"" + h.found() + "\"").distinct().collect(Collectors.joining(", "));
    }

    private static String categories(List<Hit> hits) {
        return hits.stream().map(h -> h.entry().category()).distinct().collect(Collectors.joining(", "));
    }
}
