package org.masthead.readers;

import java.util.Map;
import org.masthead.web.Frame;

/**
 * An account form (sign up, sign in, forgotten or new password) with what the reader typed, except passwords,
 * and the errors: by field name, and {@code form} for one about the whole form.
 */
public record AccountFormPage(Frame frame, String action, Map<String, String> values, Map<String, String> errors) {

    public AccountFormPage {
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
