package org.masthead.desk;

import java.util.Map;

/**
 * A desk form (sign in, password, code) with what the person typed, except secrets, and the errors: by field
 * name, and {@code form} for one about the whole form.
 */
public record FormPage(DeskFrame frame, Map<String, String> values, Map<String, String> errors) {

    public FormPage {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }
}
