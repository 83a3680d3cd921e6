package org.masthead.redirects;

import static io.javalin.apibuilder.ApiBuilder.before;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import org.masthead.web.MovedPermanently;

/**
 * The front page's query forms of old addresses (/?p=253, /?page_id=2, /?feed=rss2): they reach "/", which would
 * otherwise answer with the front page. Every other old address is looked up only when nothing else answers it
 * (WebApp's 404 handler calls {@link #redirectInsteadOfNotFound}).
 */
public final class RedirectRoutes implements EndpointGroup {
    private final Redirects redirects;

    public RedirectRoutes(Redirects redirects) {
        this.redirects = redirects;
    }

    @Override
    public void addEndpoints() {
        before("/", ctx -> {
            if (ctx.queryString() == null) return;
            redirects.find("/", ctx.queryString()).ifPresent(target -> {
                throw new MovedPermanently(target);
            });
        });
    }

    /** Answers a request that found nothing with a 301 to where its content lives now; false if it has no such place. */
    public boolean redirectInsteadOfNotFound(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) return false;
        var target = redirects.find(ctx.path(), ctx.queryString());
        if (target.isEmpty() || target.get().isEmpty()) return false;
        ctx.status(301);
        ctx.header("Location", target.get());
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.result("");
        return true;
    }
}
