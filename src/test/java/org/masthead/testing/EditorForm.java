package org.masthead.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The editor's fields filled in as a journalist would, for tests to adjust before posting. */
public final class EditorForm {
    private EditorForm() {}

    /** A story in News by {@code author} (a staff slug), tagged harbour and pilots, to be saved as a draft. */
    public static Map<String, Object> article(String title, String author) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("dek", "What happened at the harbour");
        form.put("slug", "");
        form.put("body", "The pilots **stopped** work at dawn.\n\n> We had no choice, said one.\n");
        form.put("authors", List.of(author));
        form.put("sections", List.of("news"));
        form.put("new_tags", "harbour, pilots");
        form.put("editor_credit", "E. E.");
        form.put("language", "en");
        form.put("comments", "open");
        form.put("notes", "");
        form.put("action", "save");
        return form;
    }

    /** The article id in the editor address a save redirects to. */
    public static long savedId(java.net.http.HttpResponse<String> response) {
        if (response.statusCode() != 303) throw new AssertionError("not saved: " + response.statusCode() + " " + response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll("^/desk/articles/([0-9]+)/.*$", "$1"));
    }
}
