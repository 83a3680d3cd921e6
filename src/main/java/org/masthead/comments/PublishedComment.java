package org.masthead.comments;

import java.time.Instant;
import org.masthead.web.SanitizedHtml;

/** A published comment on its own, as comment feeds list it. */
public record PublishedComment(long id, long articleId, String authorName, SanitizedHtml body, Instant createdAt,
        Instant updatedAt) {}
