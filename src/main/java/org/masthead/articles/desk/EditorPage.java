package org.masthead.articles.desk;

import java.util.List;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.PreviewLinks;
import org.masthead.articles.Story;
import org.masthead.media.Image;
import org.masthead.web.FormState;
import org.masthead.web.SanitizedHtml;
import org.masthead.desk.DeskFrame;

/**
 * The article editor: the form as stored or as typed, with its errors; the choices it offers; the rendered
 * preview of the body when asked for without JavaScript; the article's private preview links.
 */
public record EditorPage(DeskFrame frame, Story stored, FormState form, Choices choices, Image image,
        SanitizedHtml preview, String notice, boolean mayPublish, List<PreviewLinks.Link> links, long maxUploadMb) {

    public record Choices(List<StaffMember> writers, List<SectionChoice> sections, List<String> allTags) {}

    /** A section to tick, indented by its depth below the top level. */
    public record SectionChoice(String slug, String name, int depth) {}

    public String action() {
        return stored == null ? "/desk/articles/new/" : "/desk/articles/" + stored.id() + "/";
    }

    public String autosaveUrl() {
        return action() + "autosave/";
    }

    public boolean isNew() {
        return stored == null;
    }

    public String status() {
        return stored == null ? "new" : stored.status().id();
    }

    public int wordCount() {
        return Words.count(form.value("body"));
    }

    public String error(String field) {
        return form.error(field);
    }

    /** The ids of a field's help and error paragraphs, for aria-describedby. */
    public String describedBy(String field, boolean hasHelp) {
        String ids = (hasHelp ? field + "-help " : "") + (form.error(field) != null ? field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
