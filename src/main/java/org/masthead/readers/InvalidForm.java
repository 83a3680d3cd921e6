package org.masthead.readers;

import java.util.Map;
import org.masthead.web.BadInput;

/** A form with fields to correct: each message belongs to one field, so the page can show it next to it. */
final class InvalidForm extends BadInput {
    private final transient Map<String, String> fields;

    InvalidForm(Map<String, String> fields) {
        super(422, "Please correct the marked fields.");
        this.fields = Map.copyOf(fields);
    }

    Map<String, String> fields() {
        return fields;
    }
}
