package org.masthead.web;

import io.javalin.http.Context;

/**
 * Every page's address ends in a slash (/category/europe/); files (/sitemap.xml) and the JSON API
 * (/api/articles/1/comments, resources for programs, not pages) do not.
 */
final class Canonical {
    private Canonical() {}

    static void addTrailingSlash(Context ctx) {
        String path = ctx.path();
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) return;
        if (path.startsWith("/api/")) return;
        if (path.endsWith("/") || path.substring(path.lastIndexOf('/') + 1).contains(".")) return;
        // "//evil.example" + "/" would be a protocol-relative address on another host: never redirect there.
        if (path.startsWith("//") || path.contains("\\")) throw new BadInput(404, "We could not find a page at this address.");
        String query = ctx.queryString();
        throw new MovedPermanently(path + "/" + (query == null ? "" : "?" + query));
    }
}
