package org.masthead.comments;

import java.time.Instant;

/**
 * A comment kept by another system (a WordPress site), brought over as it was there: its HTML, date and status.
 * {@code key} names it in that system; it answers either {@code parentKey} (a comment of the same batch) or
 * {@code parentId} (one stored earlier), or nothing. {@code status} is published, pending or rejected.
 */
public record ArchivedComment(String key, String parentKey, Long parentId, String name, String email, String ipAddress,
        String html, Instant at, String status) {}
