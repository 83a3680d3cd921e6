package org.masthead.articles.desk;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.Articles;
import org.masthead.articles.PreviewLinks;
import org.masthead.articles.Story;
import org.masthead.media.Image;
import org.masthead.media.MediaLibrary;
import org.masthead.site.SiteSettings;
import org.masthead.taxonomy.Taxonomy;
import org.masthead.web.FormState;
import org.masthead.web.SanitizedHtml;
import org.masthead.web.DeskTools;

/** Renders the editor: with what is stored, what was typed, or what was typed and what is wrong with it. */
public final class EditorPages {
    private final Articles articles;
    private final Staff staff;
    private final Taxonomy taxonomy;
    private final MediaLibrary media;
    private final SiteSettings site;
    private final PreviewLinks links;
    private final DeskTools desk;

    public EditorPages(Articles articles, Staff staff, Taxonomy taxonomy, MediaLibrary media, SiteSettings site,
            PreviewLinks links, DeskTools desk) {
        this.articles = articles;
        this.staff = staff;
        this.taxonomy = taxonomy;
        this.media = media;
        this.site = site;
        this.links = links;
        this.desk = desk;
    }

    void showNew(Context ctx, StaffMember me) {
        FormState form = new FormState(Map.of("authors", List.of(me.slug()), "language", List.of(site.identity().language()),
                "comments", List.of(site.all().getOrDefault("comments.default-mode", "open"))), Map.of());
        showForm(ctx, 200, me, null, form, null, null);
    }

    void showStored(Context ctx, StaffMember me, Story story, String done) {
        FormState form = ArticleForm.of(story).with("body", articles.markdown(story.id()).orElse(""));
        showForm(ctx, 200, me, story, form, null, notice(done));
    }

    void showForm(Context ctx, int status, StaffMember me, Story stored, FormState form, SanitizedHtml preview, String notice) {
        Image image = imageOf(form);
        List<String> authorSlugs = stored == null ? form.all("authors")
                : stored.authors().stream().map(StaffMember::slug).toList();
        boolean mayPublish = EditRules.mayPublish(me, authorSlugs);
        EditorPage page = new EditorPage(desk.frame(ctx, me, stored == null ? "New article" : "Edit: " + stored.title()), stored, form, choices(), image, preview,
                notice, mayPublish, stored == null ? List.of() : links.active(stored.id()), media.maxUploadBytes() / 1_000_000);
        desk.send(ctx, status, "articles/desk/editor.jte", page);
    }

    private Image imageOf(FormState form) {
        if (form.has("remove_image", "yes")) return null;
        try {
            return media.find(Long.parseLong(form.value("image"))).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private EditorPage.Choices choices() {
        List<EditorPage.SectionChoice> sections = taxonomy.sections().stream()
                .map(s -> new EditorPage.SectionChoice(s.slug(), s.name(), taxonomy.trail(s).size() - 1)).toList();
        List<String> tags = taxonomy.tagsWithUse().stream().map(t -> t.name()).toList();
        return new EditorPage.Choices(staff.writers(), sections, tags);
    }

    private static String notice(String done) {
        if (done == null) return null;
        return switch (done) {
            case "save" -> "Saved.";
            case "publish" -> "Published.";
            case "schedule" -> "Scheduled: it will be published at the time shown.";
            case "unpublish" -> "Taken down: readers no longer see it.";
            case "image" -> "The featured picture is changed.";
            case "restore" -> "The revision is restored, as a new revision.";
            default -> null;
        };
    }
}
