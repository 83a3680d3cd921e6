package org.masthead.moderation.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.articles.ArticleRef;
import org.masthead.comments.CommentReviews;
import org.masthead.comments.CommentRow;
import org.masthead.moderation.Match;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Verdict;
import org.masthead.moderation.VerdictJson;

/**
 * One comment in a queue as moderators see it: its text with the matched words marked, the system's reasons in
 * plain words, its label scores and matched terms, readers' reports, the reason preselected for rejecting it, and
 * the author's appeal (appeals queue only).
 */
public record QueueEntry(CommentReviews.Item item, String articleTitle, String articlePath, List<Highlights.Part> text,
        List<String> reasons, List<String> scores, List<String> matched, RejectionReason suggested, Appeal appeal) {

    /** Scores below this are noise to a moderator; they are stored, not shown. */
    private static final double SHOWN_SCORE = 0.2;

    static QueueEntry of(CommentReviews.Item item, ArticleRef article, Appeal appeal) {
        CommentRow c = item.comment();
        Verdict verdict = verdict(item);
        List<Highlights.Span> spans = verdict.matches().stream().map(m -> new Highlights.Span(m.start(), m.end())).toList();
        List<String> reasons = verdict.reasons().isEmpty() ? plainReasons(item.reasons())
                : verdict.reasons().stream().filter(r -> !r.phase().equals("pipeline")).map(Reason::detail)
                        .filter(d -> !d.isBlank()).distinct().toList();
        List<String> scores = verdict.labels().entrySet().stream().filter(e -> e.getValue() >= SHOWN_SCORE)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue())).toList();
        List<String> matched = verdict.matches().stream().map(QueueEntry::describe).distinct().toList();
        List<String> hints = new ArrayList<>(List.of(item.reasons() == null ? "" : item.reasons()));
        verdict.labels().forEach((label, score) -> { if (score >= 0.5) hints.add(label); });
        verdict.matches().forEach(m -> hints.add(m.category()));
        return new QueueEntry(item, article == null ? "(article removed)" : article.title(),
                article == null ? "/" : article.path(), Highlights.split(c.bodyText(), spans), reasons, scores, matched,
                RejectionReason.suggestedFor(String.join("\n", hints)), appeal);
    }

    public CommentRow comment() {
        return item.comment();
    }

    public Instant writtenAt() {
        return Instant.ofEpochMilli(item.comment().createdAt());
    }

    /** The writer's history page on the desk. */
    public String historyPath() {
        return ReaderRoutes.historyPath(item.comment().authorEmail());
    }

    private static Verdict verdict(CommentReviews.Item item) {
        try {
            return VerdictJson.read(item.verdict());
        } catch (IllegalArgumentException unreadable) {
            // A verdict this version cannot read must not hide the comment from moderators: show the text reasons.
            return VerdictJson.read("");
        }
    }

    /** "“1d1ot” (suspect list: insult)": what was found, and why it matters. */
    private static String describe(Match m) {
        String found = m.found() == null || m.found().isBlank() ? m.term() : m.found();
        String why = m.category() == null || m.category().isBlank() ? m.list() : m.list() + " list: " + m.category();
        return "“" + found + "” (" + why + ")";
    }

    /** The sentences the phases wrote for people, from the stored "phase/code: detail" lines. */
    static List<String> plainReasons(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        return Arrays.stream(stored.split("\n")).filter(line -> !line.startsWith("pipeline/"))
                .map(line -> line.contains(": ") ? line.substring(line.indexOf(": ") + 2) : line)
                .filter(s -> !s.isBlank()).distinct().toList();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
