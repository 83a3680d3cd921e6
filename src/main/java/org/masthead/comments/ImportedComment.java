package org.masthead.comments;

import java.time.Instant;

/**
 * A comment brought from elsewhere, for {@link Comments#importAll}. {@code key} is its id in the source and
 * {@code parentKey} the key of the comment it answers (null for a new thread); {@code likes} as counted there.
 */
public record ImportedComment(String key, String parentKey, String name, String email, String text, Instant at,
        int likes) {}
