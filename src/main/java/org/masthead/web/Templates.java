package org.masthead.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders the jte templates compiled at build time straight into UTF-8 bytes. */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public byte[] render(String template, Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.getContentLength());
        try {
            out.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the sink is in memory
        }
        return bytes.toByteArray();
    }

    public byte[] render(String template, String name, Object param) {
        return render(template, Map.of(name, param));
    }

    /** The page as text: for mails, whose bodies are strings. */
    public String renderText(String template, String name, Object param) {
        return new String(render(template, name, param), StandardCharsets.UTF_8);
    }
}
