package org.masthead.web;

import java.time.Instant;
import java.util.Set;

/**
 * A response body ready to cache, with the dependency keys (see articles.ContentChange) whose change makes it stale,
 * and, for pages that change with time alone (comments closing after N days), the instant they go stale by themselves.
 */
public record Rendered(byte[] body, String contentType, Set<String> dependencies, Instant staleAt) {
    public static final String HTML = "text/html; charset=utf-8";

    /** A body that only a content change makes stale. */
    public Rendered(byte[] body, String contentType, Set<String> dependencies) {
        this(body, contentType, dependencies, null);
    }

    public static Rendered html(byte[] body, Set<String> dependencies) {
        return new Rendered(body, HTML, dependencies, null);
    }

    /** The same page, stale at {@code instant} (or only on a change when it is null). */
    public Rendered staleAt(Instant instant) {
        return new Rendered(body, contentType, dependencies, instant);
    }
}
