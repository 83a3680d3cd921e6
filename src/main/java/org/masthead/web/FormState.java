package org.masthead.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A desk form as the user filled it in (several values per name for checkboxes) and the errors to show next to
 * its fields: re-rendered on a refusal, so nothing typed is lost. {@code form} names an error about the whole form.
 */
public record FormState(Map<String, List<String>> values, Map<String, String> errors) {

    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public static FormState empty() {
        return new FormState(Map.of(), Map.of());
    }

    /** The fields of a posted form, URL-encoded or multipart; uploaded files are not among them. */
    public static FormState of(Context ctx) {
        return new FormState(ctx.formParamMap(), Map.of());
    }

    public static FormState ofValues(Map<String, String> single) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        single.forEach((k, v) -> values.put(k, List.of(v == null ? "" : v)));
        return new FormState(values, Map.of());
    }

    public String value(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? "" : all.getFirst();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public FormState with(String name, String value) {
        Map<String, List<String>> changed = new HashMap<>(values);
        changed.put(name, List.of(value));
        return new FormState(changed, errors);
    }

    public FormState withErrors(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        all.putAll(more);
        return new FormState(values, all);
    }
}
