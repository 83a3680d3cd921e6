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
        return parse(ctx.bodyAsBytes());
    }

    static Map<String, String> parse(byte[] body) {
        Map<String, String> values = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i > start) {
                    int eq = indexOf(body, (byte) '=', start, i);
                    String name = decode(body, start, eq < 0 ? i : eq);
                    String value = eq < 0 ? "" : decode(body, eq + 1, i);
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

    private static String decode(byte[] b, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= to) throw new BadInput("The form data is malformed.");
                int hi = Character.digit(b[i + 1], 16), lo = Character.digit(b[i + 2], 16);
                if (hi < 0 || lo < 0) throw new BadInput("The form data is malformed.");
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadInput("The text is not valid UTF-8. Please check your browser's encoding and try again.");
        }
    }
}
