package org.masthead.articles.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.Articles;
import org.masthead.articles.Revisions;
import org.masthead.articles.Story;
import org.masthead.desk.AuditLog;
import org.masthead.desk.DeskAccess;
import org.masthead.media.Image;
import org.masthead.media.MediaLibrary;
import org.masthead.web.BadInput;
import org.masthead.web.DeskTools;
import org.masthead.web.FormState;
import org.masthead.web.InvalidFields;
import org.masthead.web.Slugs;

/**
 * Writing in the desk: the editor for new and existing articles, with autosave, body preview and slug suggestion
 * for its script. The form works without JavaScript; the script only saves typing and clicks.
 */
public final class ArticleDeskRoutes implements EndpointGroup {
    private final Articles articles;
    private final MediaLibrary media;
    private final EditorPages pages;
    private final DeskAccess access;
    private final AuditLog audit;
    private final Clock clock;

    public ArticleDeskRoutes(Articles articles, MediaLibrary media, EditorPages pages, DeskTools desk, Clock clock) {
        this.articles = articles;
        this.media = media;
        this.pages = pages;
        this.access = desk.access();
        this.audit = desk.audit();
        this.clock = clock;
    }

    @Override
    public void addEndpoints() {
        get("/desk/articles/new/", ctx -> pages.showNew(ctx, access.require(ctx, Permission.WRITE_DRAFTS)));
        post("/desk/articles/new/", ctx -> submit(ctx, null));
        post("/desk/articles/new/autosave/", ctx -> autosave(ctx, null));
        post("/desk/articles/render/", this::renderBody);
        get("/desk/articles/slug/", this::suggestSlug);
        get("/desk/articles/{id}/", ctx -> {
            StaffMember me = access.require(ctx, Permission.WRITE_DRAFTS);
            pages.showStored(ctx, me, editable(me, id(ctx)), ctx.queryParam("done"));
        });
        post("/desk/articles/{id}/", ctx -> submit(ctx, id(ctx)));
        post("/desk/articles/{id}/autosave/", ctx -> autosave(ctx, id(ctx)));
        post("/desk/articles/{id}/image/", this::useImage);
    }

    private void submit(Context ctx, Long id) throws IOException {
        StaffMember me = access.require(ctx, Permission.WRITE_DRAFTS);
        Story stored = id == null ? null : editable(me, id);
        FormState form = FormState.of(ctx);
        ArticleForm.Action action = ArticleForm.action(form);
        UploadedFile picture = ctx.uploadedFile("picture");
        if (picture != null && picture.filename().isBlank() && picture.size() == 0) picture = null;
        if (action == ArticleForm.Action.PREVIEW) {
            pages.showForm(ctx, 200, me, stored, form, Articles.renderBody(form.value("body")), null);
            return;
        }
        try {
            ArticleForm.Checked checked = ArticleForm.check(form, stored, action, clock.instant(), picture != null);
            boolean publishing = action != ArticleForm.Action.SAVE || EditRules.isLive(stored);
            if (publishing) EditRules.requireMayPublish(me, checked.draft().authorSlugs());
            requireSlugFree(checked.draft().slug(), id);
            Long imageId = picture(picture, checked);
            ArticleDraft draft = withImage(checked.draft(), imageId);
            long saved = articles.save(id, draft, Revisions.Saving.by(me));
            if (stored == null || stored.commentsMode() != checked.comments()) articles.setCommentsMode(saved, checked.comments());
            if (imageId != null && picture == null) articles.imageDescribed(imageId);
            audit.record(me, "article." + action.name().toLowerCase(java.util.Locale.ROOT), "article:" + saved,
                    draft.title() + " (" + draft.status().id() + ")");
            ctx.redirect("/desk/articles/" + saved + "/?done=" + action.name().toLowerCase(java.util.Locale.ROOT), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidFields e) {
            pages.showForm(ctx, e.status(), me, stored, form.withErrors(e.fields()), null, null);
        } catch (BadInput e) {
            if (e.status() == 403 || e.status() == 404) throw e;
            pages.showForm(ctx, e.status(), me, stored, form.withErrors(Map.of("form", e.getMessage())), null, null);
        }
    }

    /** Stores a newly uploaded picture, or updates what the chosen one says; returns the featured picture's id. */
    private Long picture(UploadedFile upload, ArticleForm.Checked c) throws IOException {
        if (upload != null) {
            if (upload.size() > media.maxUploadBytes()) throw new InvalidFields(413, Map.of("picture", media.tooLarge().getMessage()));
            byte[] bytes;
            try (InputStream in = upload.content()) {
                bytes = in.readAllBytes();
            }
            try {
                return media.upload(bytes, upload.filename(), c.imageAlt(), c.imageCaption(), c.imageCredit()).id();
            } catch (BadInput e) {
                throw new InvalidFields(e.status(), Map.of("picture", e.getMessage()));
            }
        }
        if (c.imageId() == null) return null;
        Image image = media.find(c.imageId()).orElseThrow(() -> InvalidFields.of("image", "There is no picture " + c.imageId() + "."));
        if (!image.altText().equals(c.imageAlt()) || !image.caption().equals(c.imageCaption()) || !image.credit().equals(c.imageCredit())) {
            media.describe(image.id(), c.imageAlt(), c.imageCaption(), c.imageCredit());
        }
        return image.id();
    }

    /** Autosave keeps drafts only: changes to a live story wait until someone presses Update. Answers JSON. */
    private void autosave(Context ctx, Long id) {
        StaffMember me = access.require(ctx, Permission.WRITE_DRAFTS);
        Story stored = id == null ? null : editable(me, id);
        if (stored != null && stored.status() != ArticleStatus.DRAFT) {
            json(ctx, 409, Map.of("error", "Autosave keeps drafts only; press Update to save changes to this "
                    + stored.status().id() + " article."));
            return;
        }
        FormState form = FormState.of(ctx);
        try {
            ArticleForm.Checked checked = ArticleForm.check(form, stored, ArticleForm.Action.SAVE, clock.instant(), false);
            requireSlugFree(checked.draft().slug(), id);
            long saved = articles.save(id, checked.draft(), new Revisions.Saving(me, Revisions.Kind.AUTOSAVE));
            if (stored == null) {
                articles.setCommentsMode(saved, checked.comments());
                audit.record(me, "article.autosave", "article:" + saved, checked.draft().title() + " (draft)");
            }
            json(ctx, 200, Map.of("id", saved, "editUrl", "/desk/articles/" + saved + "/",
                    "savedAt", org.masthead.web.Dates.dayAndTime(clock.instant())));
        } catch (InvalidFields e) {
            json(ctx, 422, Map.of("error", "Not saved yet: " + String.join(" ", e.fields().values()), "fields", e.fields()));
        }
    }

    private void renderBody(Context ctx) {
        access.require(ctx, Permission.WRITE_DRAFTS);
        String body = FormState.of(ctx).value("body");
        json(ctx, 200, Map.of("html", Articles.renderBody(body).html(), "words", Words.count(body)));
    }

    /** A free address made from a headline, for the editor to offer while the slug field is untouched. */
    private void suggestSlug(Context ctx) {
        access.require(ctx, Permission.WRITE_DRAFTS);
        String title = ctx.queryParam("title") == null ? "" : ctx.queryParam("title");
        long except = parseId(ctx.queryParam("id"));
        String slug = Slugs.unique(Slugs.of(title), s -> articles.refBySlug(s).filter(r -> r.id() != except).isPresent());
        json(ctx, 200, Map.of("slug", slug));
    }

    /** Makes a picture from the media library the article's featured picture. */
    private void useImage(Context ctx) {
        StaffMember me = access.require(ctx, Permission.WRITE_DRAFTS);
        long id = id(ctx);
        Story stored = editable(me, id);
        long imageId = parseId(FormState.of(ctx).value("image"));
        Image image = media.find(imageId).orElseThrow(() -> new BadInput(404, "There is no such picture."));
        if (EditRules.isLive(stored)) {
            EditRules.requireMayPublish(me, stored.authors().stream().map(StaffMember::slug).toList());
            if (!image.describedForPublication()) {
                throw new BadInput(422, "This story is live: give the picture alt text, a caption and a credit first.");
            }
        }
        FormState form = ArticleForm.of(stored).with("body", articles.markdown(id).orElse(""))
                .with("image", String.valueOf(imageId)).with("image_alt", image.altText())
                .with("image_caption", image.caption()).with("image_credit", image.credit());
        ArticleForm.Checked checked = ArticleForm.check(form, stored, ArticleForm.Action.SAVE, clock.instant(), false);
        articles.save(id, checked.draft(), Revisions.Saving.by(me));
        audit.record(me, "article.image", "article:" + id, "featured picture " + imageId);
        ctx.redirect("/desk/articles/" + id + "/?done=image", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private Story editable(StaffMember me, long id) {
        Story story = articles.story(id).orElseThrow(() -> new BadInput(404, "There is no article " + id + "."));
        EditRules.requireMayEdit(me, story);
        return story;
    }

    private void requireSlugFree(String slug, Long id) {
        if (slug.isEmpty()) return;
        articles.refBySlug(slug).filter(r -> id == null || r.id() != id).ifPresent(other -> {
            throw InvalidFields.of("slug", "Another article already uses this address (“" + other.title()
                    + "”). Choose another slug.");
        });
    }

    private static ArticleDraft withImage(ArticleDraft d, Long imageId) {
        return new ArticleDraft(d.title(), d.dek(), d.slug(), d.bodyMarkdown(), d.language(), d.editorCredit(),
                d.authorSlugs(), d.sectionSlugs(), d.tags(), imageId, d.notes(), d.status(), d.publishedAt());
    }

    static long id(Context ctx) {
        long id = parseId(ctx.pathParam("id"));
        if (id <= 0) throw new BadInput(404, "There is no such article.");
        return id;
    }

    private static long parseId(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) return 0;
        return Long.parseLong(text);
    }

    static void json(Context ctx, int status, Map<String, ?> body) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8");
        try {
            ctx.result(JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
