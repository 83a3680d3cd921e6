package org.masthead.web;

import java.util.Map;

/** Fields to correct, each message for one field (or {@code form} for the whole form); answered with 422 by default. */
public final class InvalidFields extends BadInput {
    private final transient Map<String, String> fields;

    public InvalidFields(Map<String, String> fields) {
        this(422, fields);
    }

    /** With a status of its own, e.g. 413 for a picture too large, 415 for a file that is not one. */
    public InvalidFields(int status, Map<String, String> fields) {
        super(status, "Please correct the marked fields.");
        this.fields = Map.copyOf(fields);
    }

    public static InvalidFields of(String field, String message) {
        return new InvalidFields(Map.of(field, message));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
