package org.masthead.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a JSON request body strictly, as {@link Forms} reads forms: at most {@code limit} bytes, valid UTF-8
 * (refused, not repaired), one JSON object without duplicate keys or trailing text, and no unpaired surrogates
 * from {@code \ud800}-style escapes, which no database could store as the reader sent them.
 */
public final class JsonBody {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Bodies over the limit but at most this large are read and dropped before the 413 (see {@code read}). */
    private static final long DRAINED_AT_MOST = 1_000_000;
    private static final Pattern UNPAIRED_SURROGATE = Pattern.compile("\\p{Cs}");

    private JsonBody() {}

    /** The body as a JSON object whose fields are all among {@code allowed}. */
    public static ObjectNode object(Context ctx, int limit, Set<String> allowed) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) throw new BadInput(415, "Please send the request as application/json.");
        JsonNode node = parse(utf8(read(ctx, limit)));
        if (!(node instanceof ObjectNode object)) throw new BadInput(400, "malformed-json", "The request must be one JSON object.");
        for (var names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new BadInput(400, "unknown-field", "Unknown field '" + name + "'; expected " + String.join(", ", allowed) + ".");
            }
        }
        return object;
    }

    /** A text field: absent or null reads as empty; any other type is refused. */
    public static String text(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return "";
        if (!value.isTextual()) throw wrongType(field, "a string");
        String text = value.textValue();
        if (UNPAIRED_SURROGATE.matcher(text).find()) {
            throw new BadInput(400, "invalid-unicode", "The field '" + field + "' contains an invalid Unicode escape.");
        }
        return text;
    }

    /** A positive whole number, or null when absent. */
    public static Long id(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.longValue() < 1) {
            throw wrongType(field, "a positive whole number");
        }
        return value.longValue();
    }

    public static boolean flag(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return false;
        if (!value.isBoolean()) throw wrongType(field, "true or false");
        return value.booleanValue();
    }

    private static BadInput wrongType(String field, String expected) {
        return new BadInput(400, "wrong-type", "The field '" + field + "' must be " + expected + ".");
    }

    private static byte[] read(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            // A body refused unread can have the connection reset under the client before it reads the answer; a
            // modest one is read and dropped first, so the client is sure to get its 413.
            if (declared <= DRAINED_AT_MOST) drain(ctx, declared);
            throw tooLarge(limit);
        }
        // Read at most one byte more than allowed, so a body without Content-Length cannot make us buffer it all.
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) throw tooLarge(limit);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(Context ctx, long bytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            in.skipNBytes(bytes);
        } catch (IOException e) {
            // the client went away: nobody is left to answer
        }
    }

    private static BadInput tooLarge(int limit) {
        return new BadInput(413, "The request is too large; at most " + limit / 1000 + " kB are accepted.");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInput(400, "invalid-utf8", "The request is not valid UTF-8.");
        }
    }

    private static JsonNode parse(String text) {
        if (text.isBlank()) throw new BadInput(400, "malformed-json", "The request body is empty; send a JSON object.");
        try {
            return STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadInput(400, "malformed-json", "The request is not valid JSON: " + e.getOriginalMessage() + ".");
        }
    }
}
