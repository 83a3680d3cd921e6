package org.masthead.web;

import java.util.Set;

/**
 * A response body ready to cache, with the dependency keys (see articles.ContentChange) whose change makes it stale.
 */
public record Rendered(byte[] body, String contentType, Set<String> dependencies) {
    public static final String HTML = "text/html; charset=utf-8";

    public static Rendered html(byte[] body, Set<String> dependencies) {
        return new Rendered(body, HTML, dependencies);
    }
}
