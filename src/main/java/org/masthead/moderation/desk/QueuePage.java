package org.masthead.moderation.desk;

import java.util.List;
import java.util.Set;
import org.masthead.desk.DeskFrame;

/**
 * A page of one moderation queue. {@code notice}: what the last action did; {@code error}: why it was refused,
 * with the moderator's selection and note kept.
 */
public record QueuePage(DeskFrame frame, DeskQueue queue, List<Tab> tabs, List<QueueEntry> entries, int total,
        boolean oldestFirst, int page, int lastPage, String notice, String error, Set<Long> selected, String note) {

    /** A queue's tab, with how many comments wait in it (null for the queues that are records, not work). */
    public record Tab(DeskQueue queue, Integer waiting) {}

    public List<RejectionReason> reasons() {
        return List.of(RejectionReason.values());
    }

    public String pagePath(int number) {
        return queue.path() + "?order=" + (oldestFirst ? "oldest" : "newest") + (number == 1 ? "" : "&page=" + number);
    }

    public String orderPath(boolean oldest) {
        return queue.path() + "?order=" + (oldest ? "oldest" : "newest");
    }

    /** Where actions return to: this very page. */
    public String back() {
        return pagePath(page);
    }
}
