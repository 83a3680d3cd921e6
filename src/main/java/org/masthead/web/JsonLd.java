package org.masthead.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Structured data for a {@code <script type="application/ld+json">} block. The JSON is written with
 * {@code <}, {@code >} and {@code &} as Unicode escapes, so no text in it can close the script element.
 */
public final class JsonLd implements Content {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String json;

    private JsonLd(String json) {
        this.json = json;
    }

    public static JsonLd of(Object value) {
        try {
            String raw = JSON.writeValueAsString(value);
            return new JsonLd(raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON-LD", e);
        }
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(json);
    }

    @Override
    public String toString() {
        return json;
    }
}
