package org.masthead.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an application/x-www-form-urlencoded body strictly: bytes that are not valid UTF-8 are refused with
 * a 400 instead of being silently replaced, so what we store is exactly what the reader wrote.
 */
public final class Forms {
    private Forms() {}

    public static Map<String, String> parse(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new BadInput(415, "Please send the form as application/x-www-form-urlencoded.");
        }
        return parse(ctx.bodyAsBytes(), true);
    }

    /**
     * The same form read leniently, bytes that are not UTF-8 shown as U+FFFD: only to show the reader what arrived,
     * next to the reason it was refused, never to store.
     */
    public static Map<String, String> parseForDisplay(Context ctx) {
        return parse(ctx.bodyAsBytes(), false);
    }

    static Map<String, String> parse(byte[] body) {
        return parse(body, true);
    }

    private static Map<String, String> parse(byte[] body, boolean strict) {
        Map<String, String> values = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i > start) {
                    int eq = indexOf(body, (byte) '=', start, i);
                    String name = decode(body, start, eq < 0 ? i : eq, strict);
                    String value = eq < 0 ? "" : decode(body, eq + 1, i, strict);
                    values.putIfAbsent(name, value);
                }
                start = i + 1;
            }
        }
        return values;
    }

    private static int indexOf(byte[] b, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] == wanted) return i;
        return -1;
    }

    private static String decode(byte[] b, int from, int to, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                int hi = i + 2 < to ? Character.digit(b[i + 1], 16) : -1, lo = i + 2 < to ? Character.digit(b[i + 2], 16) : -1;
                if (hi < 0 || lo < 0) {
                    if (strict) throw new BadInput("The form data is malformed.");
                    out.write(c);
                    continue;
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(onError)
                    .onUnmappableCharacter(onError).decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadInput("The text is not valid UTF-8. Please check your browser's encoding and try again.");
        }
    }
}
