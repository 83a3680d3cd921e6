package org.masthead.importers.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export, as written: simple fields by their qualified name ("title",
 * "wp:post_id", "content:encoded"), its terms, post meta and comments, and the line it starts on for reports.
 */
final class WxrItem {
    record Term(String domain, String slug, String name) {}

    final int line;
    final Map<String, String> fields = new LinkedHashMap<>();
    final List<Term> terms = new ArrayList<>();
    final Map<String, String> meta = new LinkedHashMap<>();
    final List<WxrComment> comments = new ArrayList<>();

    WxrItem(int line) {
        this.line = line;
    }

    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    long id() {
        return WxrReader.number(get("wp:post_id"));
    }

    String type() {
        return get("wp:post_type");
    }

    /** "post 253 (line 44)": how reports name the item. */
    String describe() {
        String type = type().isEmpty() ? "item" : type();
        return type + " " + get("wp:post_id") + " (line " + line + ")";
    }
}
