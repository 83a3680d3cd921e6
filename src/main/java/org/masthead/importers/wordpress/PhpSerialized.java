package org.masthead.importers.wordpress;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the PHP serialize() format WordPress keeps post meta in (e.g. {@code _wp_attachment_metadata}) into plain
 * maps, strings and numbers. Only reads: no class is looked up or built, objects are read as maps of their fields,
 * and references, nesting deeper than 32 levels or lengths past the end are refused, so hostile meta cannot do
 * more than fail to parse. String lengths count UTF-8 bytes, as PHP does.
 */
final class PhpSerialized {
    private static final int MAX_DEPTH = 32;
    private final byte[] in;
    private int pos;

    private PhpSerialized(byte[] in) {
        this.in = in;
    }

    /** The value, or empty when the text is not serialized PHP. */
    static Optional<Object> parse(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        try {
            PhpSerialized p = new PhpSerialized(text.getBytes(StandardCharsets.UTF_8));
            Object value = p.value(0);
            return p.pos == p.in.length ? Optional.ofNullable(value) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The string at {@code path} in nested arrays ("image_meta", "credit"), if there is one. */
    static Optional<String> string(String text, String... path) {
        Object value = parse(text).orElse(null);
        for (String key : path) {
            if (!(value instanceof Map<?, ?> map)) return Optional.empty();
            value = map.get(key);
        }
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw new IllegalArgumentException("nested too deeply");
        char type = (char) in[pos];
        switch (type) {
            case 'N' -> {
                expect("N;");
                return null;
            }
            case 'b' -> {
                expect("b:");
                String v = until(';');
                return v.equals("1");
            }
            case 'i' -> {
                expect("i:");
                return Long.parseLong(until(';'));
            }
            case 'd' -> {
                expect("d:");
                return Double.parseDouble(until(';'));
            }
            case 's' -> {
                expect("s:");
                int length = Integer.parseInt(until(':'));
                expect("\"");
                if (length < 0 || pos + length > in.length) throw new IllegalArgumentException("bad length");
                String s = new String(in, pos, length, StandardCharsets.UTF_8);
                pos += length;
                expect("\";");
                return s;
            }
            case 'a' -> {
                expect("a:");
                return entries(Integer.parseInt(until(':')), depth);
            }
            case 'O' -> {
                expect("O:");
                int nameLength = Integer.parseInt(until(':'));
                pos += nameLength + 3; // "ClassName": never looked up
                return entries(Integer.parseInt(until(':')), depth);
            }
            default -> throw new IllegalArgumentException("unsupported type " + type);
        }
    }

    private Map<String, Object> entries(int count, int depth) {
        if (count < 0 || count > in.length) throw new IllegalArgumentException("bad count");
        expect("{");
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Object key = value(depth + 1);
            map.put(String.valueOf(key), value(depth + 1));
        }
        expect("}");
        return map;
    }

    private String until(char end) {
        int start = pos;
        while (in[pos] != end) pos++;
        String s = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        pos++;
        return s;
    }

    private void expect(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (in[pos + i] != literal.charAt(i)) throw new IllegalArgumentException("expected " + literal);
        }
        pos += literal.length();
    }
}
