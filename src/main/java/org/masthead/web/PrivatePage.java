package org.masthead.web;

import io.javalin.http.Context;

/**
 * Sends a page made for one visitor (a form with what they typed, a notice about their own comment, their account):
 * never stored by the page cache, a browser's back-forward cache or a proxy, and kept out of search engines.
 */
public final class PrivatePage {
    private PrivatePage() {}

    public static void send(Context ctx, int status, byte[] html) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
        ctx.contentType(Rendered.HTML);
        ctx.result(html);
    }
}
