package org.masthead.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cross-site request forgery protection for every state-changing request. Reader pages are cached and the same
 * for everyone, so they cannot carry per-visitor tokens; instead the browser's own statement of where the
 * request comes from is checked (Sec-Fetch-Site, then Origin, then Referer), as OWASP describes. Requests
 * without any of them and with a JSON body come from programs, not from a browser tricked by another site
 * (a cross-site JSON request always carries Origin).
 */
public final class Csrf {
    /**
     * The one exception: one-click unsubscribe from a reply notification (RFC 8058). The mail provider's own
     * server sends this POST, with no Origin or Referer, so it cannot pass the checks below; the secret token in
     * the address is its protection, and a forged request could only stop emails the token's owner gets.
     */
    private static final Pattern ONE_CLICK_UNSUBSCRIBE = Pattern.compile("/comments/[0-9]{1,18}/unsubscribe/[0-9a-f]{32}/");

    private Csrf() {}

    public static void check(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        if (method.equals("POST") && ONE_CLICK_UNSUBSCRIBE.matcher(ctx.path()).matches()) return;
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null) {
            if (fetchSite.equals("same-origin") || fetchSite.equals("none")) return;
            throw refused();
        }
        String host = ctx.header("Host");
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (sameHost(origin, host)) return;
            throw refused();
        }
        String referer = ctx.header("Referer");
        if (referer != null) {
            if (sameHost(referer, host)) return;
            throw refused();
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) return;
        throw refused();
    }

    private static boolean sameHost(String url, String host) {
        try {
            URI uri = URI.create(url);
            String authority = uri.getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static BadInput refused() {
        return new BadInput(403, "This form must be sent from this site's own pages. Please reload the page and try again.");
    }
}
