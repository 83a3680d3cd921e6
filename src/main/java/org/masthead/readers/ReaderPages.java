package org.masthead.readers;

import io.javalin.http.Context;
import java.util.Map;
import org.masthead.web.Frame;
import org.masthead.web.Frames;
import org.masthead.web.Meta;
import org.masthead.web.PrivatePage;
import org.masthead.web.Templates;

/** Renders account pages: personal, so never cached by anyone, and kept out of search engines. */
final class ReaderPages {
    private final Frames frames;
    private final Templates templates;

    ReaderPages(Frames frames, Templates templates) {
        this.frames = frames;
        this.templates = templates;
    }

    Frame frame(String title) {
        return frames.of(Meta.page(title, title, "/account/").hideFromSearch());
    }

    void form(Context ctx, int status, String template, String title, String action, Map<String, String> values,
            Map<String, String> errors) {
        render(ctx, status, template, new AccountFormPage(frame(title), action, values, errors));
    }

    void notice(Context ctx, int status, AccountNoticePage page) {
        render(ctx, status, "readers/notice.jte", page);
    }

    void render(Context ctx, int status, String template, Object page) {
        PrivatePage.send(ctx, status, templates.render(template, "page", page));
    }
}
