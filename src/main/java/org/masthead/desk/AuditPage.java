package org.masthead.desk;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One page of the audit log, newest first. */
public record AuditPage(DeskFrame frame, List<AuditLog.Entry> entries, int number, int lastPage) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String when(AuditLog.Entry entry) {
        return WHEN.format(entry.at());
    }

    public String who(AuditLog.Entry entry) {
        return entry.actorId() == null ? "(nobody signed in)" : entry.actorName();
    }

    public String path(int page) {
        return page == 1 ? "/desk/audit/" : "/desk/audit/?page=" + page;
    }
}
