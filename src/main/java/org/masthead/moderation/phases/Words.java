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
import org.masthead.moderation.wordlists.Hit;
import org.masthead.moderation.wordlists.WordMatcher;

/**
 * Looks for the words and phrases of the site's word lists. Blocked terms and threats ask for a hold (a moderator
 * reads the comment, whoever wrote it); suspect terms are a suspicion (held unless the reader is trusted). Words are
 * held, never refused: the same word is abuse in one comment and a quotation in the next, and a person tells them apart.
 */
public final class Words implements Phase {
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
        List<Hit> threats = hits.stream().filter(h -> h.entry().category().equals("threat")).toList();
        List<Hit> blocked = hits.stream().filter(h -> h.entry().holdsAlways() && !threats.contains(h)).toList();
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
