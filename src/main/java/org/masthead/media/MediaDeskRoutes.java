package org.masthead.media;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.LongConsumer;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.web.BadInput;
import org.masthead.web.DeskTools;
import org.masthead.web.FormState;
import org.masthead.web.InvalidFields;
import org.masthead.web.Paging;

/** The media library in the desk: browse and search pictures, upload new ones, correct what they say. */
public final class MediaDeskRoutes implements EndpointGroup {
    private static final int PAGE_SIZE = 24;
    private final MediaLibrary media;
    private final DeskTools desk;
    private final LongConsumer described;

    /** {@code described} is told when a picture's texts change, so the pages showing it can be refreshed. */
    public MediaDeskRoutes(MediaLibrary media, DeskTools desk, LongConsumer described) {
        this.media = media;
        this.desk = desk;
        this.described = described;
    }

    @Override
    public void addEndpoints() {
        get("/desk/media/", ctx -> browse(ctx, desk.require(ctx, Permission.MANAGE_MEDIA), 200, FormState.empty(), null));
        post("/desk/media/", this::upload);
        get("/desk/media/{id}/", this::show);
        post("/desk/media/{id}/", this::describe);
    }

    private void browse(Context ctx, StaffMember me, int status, FormState form, String notice) {
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (query.length() > 200) throw new BadInput("Search for at most 200 characters.");
        String forText = ctx.queryParam("for");
        long forArticle = forText != null && forText.matches("[0-9]{1,18}") ? Long.parseLong(forText) : 0;
        int number = Paging.page(ctx);
        MediaLibrary.Found found = media.search(query, number, PAGE_SIZE);
        int lastPage = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Paging.requireExists(number, lastPage);
        desk.send(ctx, status, "media/desk/library.jte", new MediaPage(desk.frame(ctx, me, "Media library"), found.images(), number, lastPage,
                query, forArticle, form, media.maxUploadBytes() / 1_000_000, notice));
    }

    private void upload(Context ctx) throws IOException {
        StaffMember me = desk.require(ctx, Permission.MANAGE_MEDIA);
        FormState form = FormState.of(ctx);
        try {
            UploadedFile file = ctx.uploadedFile("picture");
            if (file == null || file.size() == 0) throw InvalidFields.of("picture", "Choose a picture file to upload.");
            if (file.size() > media.maxUploadBytes()) throw new InvalidFields(413, Map.of("picture", media.tooLarge().getMessage()));
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readAllBytes();
            }
            Image image;
            try {
                image = media.upload(bytes, file.filename(), form.value("image_alt").strip(),
                        form.value("image_caption").strip(), form.value("image_credit").strip());
            } catch (BadInput e) {
                throw new InvalidFields(e.status(), Map.of("picture", e.getMessage()));
            }
            desk.audit().record(me, "media.upload", "image:" + image.id(), image.originalName());
            ctx.redirect("/desk/media/" + image.id() + "/?done=upload", HttpStatus.SEE_OTHER);
        } catch (InvalidFields e) {
            browse(ctx, me, e.status(), form.withErrors(e.fields()), null);
        }
    }

    private void show(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_MEDIA);
        Image image = image(ctx);
        FormState form = FormState.ofValues(Map.of("image_alt", image.altText(), "image_caption", image.caption(),
                "image_credit", image.credit()));
        String notice = switch (ctx.queryParam("done") == null ? "" : ctx.queryParam("done")) {
            case "upload" -> "Uploaded.";
            case "describe" -> "Saved.";
            default -> null;
        };
        desk.send(ctx, 200, "media/desk/item.jte", new MediaItemPage(desk.frame(ctx, me, "Picture " + image.id()), image, form, notice));
    }

    private void describe(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_MEDIA);
        Image image = image(ctx);
        FormState form = FormState.of(ctx);
        try {
            media.describe(image.id(), form.value("image_alt"), form.value("image_caption"), form.value("image_credit"));
        } catch (BadInput e) {
            if (e.status() == 404) throw e;
            desk.send(ctx, 422, "media/desk/item.jte",
                    new MediaItemPage(desk.frame(ctx, me, "Picture " + image.id()), image, form.withErrors(Map.of("form", e.getMessage())), null));
            return;
        }
        described.accept(image.id());
        desk.audit().record(me, "media.describe", "image:" + image.id(), form.value("image_caption"));
        ctx.redirect("/desk/media/" + image.id() + "/?done=describe", HttpStatus.SEE_OTHER);
    }

    private Image image(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,18}")) throw new BadInput(404, "There is no such picture.");
        return media.find(Long.parseLong(id)).orElseThrow(() -> new BadInput(404, "There is no such picture."));
    }
}
