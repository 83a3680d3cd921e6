package org.masthead.comments;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The two cookies a commenting browser keeps. {@code mh_owner} is a random secret (HttpOnly) that proves a guest
 * wrote a comment, for editing and deleting it. {@code mh_commenter} remembers name and email so the page's script
 * can fill in the form; pages themselves stay the same for everyone and cacheable.
 */
public final class CommenterCookies {
    static final String OWNER = "mh_owner";
    static final String COMMENTER = "mh_commenter";
    private static final int ONE_YEAR = 365 * 24 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CommenterCookies() {}

    /** The browser's owner key, made and set now if it has none. */
    static String ownerKey(Context ctx) {
        String key = ctx.cookie(OWNER);
        if (key != null && key.matches("[A-Za-z0-9_-]{43}")) return key;
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        set(ctx, OWNER, key, true);
        return key;
    }

    /** The browser's owner key if it has one (null otherwise): to recognise the author of a comment. */
    public static String existingOwnerKey(Context ctx) {
        return ctx.cookie(OWNER);
    }

    static void remember(Context ctx, String name, String email) {
        String value = URLEncoder.encode(name.strip() + "\n" + email.strip(), StandardCharsets.UTF_8);
        set(ctx, COMMENTER, value, false);
    }

    /** Name and email remembered from the last comment, or empty strings. */
    static String[] remembered(Context ctx) {
        String raw = ctx.cookie(COMMENTER);
        if (raw == null) return new String[] {"", ""};
        try {
            String[] parts = URLDecoder.decode(raw, StandardCharsets.UTF_8).split("\n", 2);
            return parts.length == 2 ? parts : new String[] {"", ""};
        } catch (IllegalArgumentException malformed) {
            // The cookie is the browser's to change; a broken one means "nothing remembered", not a server error.
            return new String[] {"", ""};
        }
    }

    /**
     * Written out by hand: every post sets both cookies, and Jetty's way (formatting an Expires date each time) was
     * a tenth of a post's Java time. Max-Age alone is what browsers use; the values need no quoting (base64url, and
     * URL-encoding, whose characters are all allowed in a cookie).
     */
    private static void set(Context ctx, String name, String value, boolean httpOnly) {
        StringBuilder cookie = new StringBuilder(96).append(name).append('=').append(value)
                .append("; Path=/; Max-Age=").append(ONE_YEAR).append("; SameSite=Lax");
        if (httpOnly) cookie.append("; HttpOnly");
        if ("https".equals(ctx.scheme())) cookie.append("; Secure");
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }
}
