package org.masthead.moderation.desk;

import java.util.Arrays;
import java.util.List;
import org.masthead.comments.CommentReviews;
import org.masthead.comments.CommentRow;

/**
 * One comment in a queue as moderators see it: its text with matched words marked, the system's reasons in plain
 * words, readers' reports, the reason preselected for rejecting it, and the author's appeal (appeals queue).
 */
public record QueueEntry(CommentReviews.Item item, String articleTitle, String articlePath, List<Highlights.Part> text,
        List<String> reasons, RejectionReason suggested, Appeal appeal) {

    public CommentRow comment() {
        return item.comment();
    }

    public java.time.Instant writtenAt() {
        return java.time.Instant.ofEpochMilli(item.comment().createdAt());
    }

    /** The writer's history page on the desk. */
    public String historyPath() {
        return "/desk/moderation/readers/?email=" + java.net.URLEncoder.encode(
                item.comment().authorEmail().strip().toLowerCase(java.util.Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The sentences the phases wrote for people, from the stored "phase/code: detail" lines. */
    static List<String> plainReasons(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        return Arrays.stream(stored.split("\n")).filter(line -> !line.startsWith("pipeline/passed"))
                .map(line -> line.contains(": ") ? line.substring(line.indexOf(": ") + 2) : line)
                .filter(s -> !s.isBlank()).distinct().toList();
    }
}
