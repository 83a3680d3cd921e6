package org.masthead.importers.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;

/** One {@code <wp:comment>} of an item, fields by name without the prefix ("comment_id", "comment_parent"). */
final class WxrComment {
    final int line;
    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, String> meta = new LinkedHashMap<>();

    WxrComment(int line) {
        this.line = line;
    }

    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    long id() {
        return WxrReader.number(get("comment_id"));
    }

    long parent() {
        return WxrReader.number(get("comment_parent"));
    }
}
