package org.masthead.taxonomy;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.web.BadInput;
import org.masthead.web.DeskTools;
import org.masthead.web.FormState;
import org.masthead.web.Slugs;

/** Managing sections and tags: create sections, rename (old addresses keep working), delete when empty. */
public final class TaxonomyDeskRoutes implements EndpointGroup {
    private final Taxonomy taxonomy;
    private final DeskTools desk;

    public TaxonomyDeskRoutes(Taxonomy taxonomy, DeskTools desk) {
        this.taxonomy = taxonomy;
        this.desk = desk;
    }

    @Override
    public void addEndpoints() {
        get("/desk/taxonomy/", ctx -> show(ctx, desk.require(ctx, Permission.MANAGE_TAXONOMY), 200, FormState.empty(),
                notice(ctx.queryParam("done"))));
        post("/desk/taxonomy/sections/", this::addSection);
        post("/desk/taxonomy/sections/{id}/", this::renameSection);
        post("/desk/taxonomy/sections/{id}/delete/", this::deleteSection);
        post("/desk/taxonomy/tags/{id}/", this::renameTag);
        post("/desk/taxonomy/tags/{id}/delete/", this::deleteTag);
    }

    private void show(Context ctx, StaffMember me, int status, FormState form, String notice) {
        desk.send(ctx, status, "taxonomy/desk/taxonomy.jte", new TaxonomyPage(desk.frame(ctx, me, "Sections and tags"), taxonomy.sections(),
                taxonomy.sectionUse(), taxonomy.tagsWithUse(), form, notice));
    }

    private void addSection(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_TAXONOMY);
        FormState sent = FormState.of(ctx);
        FormState form = prefixed(sent, "new-section-", List.of("name", "slug", "parent", "description"));
        String slug = sent.value("slug").strip();
        String parent = sent.value("parent").strip();
        change(ctx, me, form, "new-section-", () -> {
            Section added = taxonomy.addSection(slug.isEmpty() ? null : slug, sent.value("name"),
                    parent.isEmpty() ? null : parent, sent.value("description").strip());
            desk.audit().record(me, "section.create", "section:" + added.id(), added.name());
        }, "added");
    }

    private void renameSection(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_TAXONOMY);
        long id = id(ctx);
        String prefix = "section-" + id + "-";
        FormState sent = FormState.of(ctx);
        change(ctx, me, prefixed(sent, prefix, List.of("name", "slug", "description")), prefix, () -> {
            Section s = taxonomy.renameSection(id, sent.value("name"), sent.value("slug"), sent.value("description"));
            desk.audit().record(me, "section.rename", "section:" + id, s.name() + " at " + s.path());
        }, "renamed");
    }

    private void deleteSection(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_TAXONOMY);
        long id = id(ctx);
        change(ctx, me, FormState.empty(), "section-" + id + "-", () -> {
            taxonomy.deleteSection(id);
            desk.audit().record(me, "section.delete", "section:" + id, "");
        }, "deleted");
    }

    private void renameTag(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_TAXONOMY);
        long id = id(ctx);
        String prefix = "tag-" + id + "-";
        FormState sent = FormState.of(ctx);
        change(ctx, me, prefixed(sent, prefix, List.of("name", "slug")), prefix, () -> {
            Tag t = taxonomy.renameTag(id, sent.value("name"), sent.value("slug"));
            desk.audit().record(me, "tag.rename", "tag:" + id, t.name() + " at " + t.path());
        }, "renamed");
    }

    private void deleteTag(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_TAXONOMY);
        long id = id(ctx);
        change(ctx, me, FormState.empty(), "tag-" + id + "-", () -> {
            taxonomy.deleteTag(id);
            desk.audit().record(me, "tag.delete", "tag:" + id, "");
        }, "deleted");
    }

    /**
     * Makes the change and goes back to the list; a refusal comes back on the page with the message next to the
     * field it concerns (the address for slug problems, the name otherwise, the row's delete button for deletions).
     */
    private void change(Context ctx, StaffMember me, FormState form, String prefix, Runnable change, String done) {
        try {
            if (form.values().containsKey(prefix + "slug")) {
                String slug = form.value(prefix + "slug").strip();
                if (!slug.isEmpty() && !Slugs.isValid(slug)) {
                    throw new BadInput("Use only lower-case letters, digits and single hyphens in the address.");
                }
            }
            change.run();
            ctx.redirect("/desk/taxonomy/?done=" + done, HttpStatus.SEE_OTHER);
        } catch (BadInput e) {
            if (e.status() == 403 || e.status() == 404) throw e;
            String message = e.getMessage();
            String field = !form.values().containsKey(prefix + "name") ? prefix + "delete"
                    : message.contains("slug") || message.contains("address") || message.contains("already") ? prefix + "slug"
                    : message.contains("section '") ? prefix + "parent" : prefix + "name";
            show(ctx, me, e.status() == 409 ? 409 : 422, form.withErrors(Map.of(field, message)), null);
        }
    }

    private static FormState prefixed(FormState sent, String prefix, List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) values.put(prefix + name, sent.value(name));
        return FormState.ofValues(values);
    }

    private static long id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,18}")) throw new BadInput(404, "There is no such section or tag.");
        return Long.parseLong(id);
    }

    private static String notice(String done) {
        if (done == null) return null;
        return switch (done) {
            case "added" -> "Section added.";
            case "renamed" -> "Renamed. Links to the old address lead to the new one.";
            case "deleted" -> "Deleted.";
            default -> null;
        };
    }
}
