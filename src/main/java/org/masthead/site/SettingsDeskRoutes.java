package org.masthead.site;

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
import org.masthead.media.Image;
import org.masthead.media.MediaLibrary;
import org.masthead.web.BadInput;
import org.masthead.web.DeskTools;
import org.masthead.web.FormState;

/**
 * The newsroom's settings, for admins: name, description, logo, language, the reader-support appeal, comment
 * defaults and the navigation menu. Saving drops every cached page, since every page shows some of them.
 */
public final class SettingsDeskRoutes implements EndpointGroup {
    /** Form fields, each the name of its setting. */
    static final List<String> FIELDS = List.of("site.name", "site.description", "site.language", "site.logo-image",
            "appeal.enabled", "appeal.text", "appeal.link", "appeal.button", "comments.default-mode",
            "comments.close-after-days", "comments.max-depth", "site.menu");
    private final SiteSettings site;
    private final MediaLibrary media;
    private final DeskTools desk;

    public SettingsDeskRoutes(SiteSettings site, MediaLibrary media, DeskTools desk) {
        this.site = site;
        this.media = media;
        this.desk = desk;
    }

    @Override
    public void addEndpoints() {
        get("/desk/settings/", this::show);
        post("/desk/settings/", this::save);
    }

    private void show(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_SETTINGS);
        Map<String, String> stored = site.all();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) values.put(field, stored.getOrDefault(field, ""));
        values.putIfAbsent("comments.default-mode", "open");
        if (values.get("comments.default-mode").isEmpty()) values.put("comments.default-mode", "open");
        if (values.get("comments.close-after-days").isEmpty()) values.put("comments.close-after-days", "0");
        if (values.get("comments.max-depth").isEmpty()) values.put("comments.max-depth", String.valueOf(site.commentPolicy().maxDepth()));
        String notice = "saved".equals(ctx.queryParam("done")) ? "Saved. Readers see the change at once." : null;
        desk.send(ctx, 200, "site/desk/settings.jte", new SettingsPage(desk.frame(ctx, me, "Site settings"), FormState.ofValues(values), notice));
    }

    private void save(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.MANAGE_SETTINGS);
        FormState form = FormState.of(ctx);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        String name = form.value("site.name").strip();
        if (name.isEmpty() || name.length() > 100) errors.put("site.name", "The site needs a name of 1 to 100 characters.");
        values.put("site.name", name);
        String description = form.value("site.description").strip();
        if (description.length() > 300) errors.put("site.description", "The description takes at most 300 characters.");
        values.put("site.description", description);
        String language = form.value("site.language").strip();
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) errors.put("site.language", "Write a language code such as en, ru or uk.");
        values.put("site.language", language);
        logo(form.value("site.logo-image").strip(), values, errors);
        values.put("appeal.enabled", String.valueOf(form.has("appeal.enabled", "true")));
        String appealText = form.value("appeal.text").strip();
        if (appealText.length() > 2000) errors.put("appeal.text", "The appeal takes at most 2,000 characters.");
        values.put("appeal.text", appealText);
        String link = form.value("appeal.link").strip();
        boolean linkOk = link.startsWith("/") && !link.startsWith("//") || link.matches("https?://\\S+");
        if (!link.isEmpty() && (!linkOk || link.length() > 500)) errors.put("appeal.link", "Write an address on this site (/support/) or a web link (https://…).");
        if (link.isEmpty() && form.has("appeal.enabled", "true")) errors.put("appeal.link", "The appeal needs a link to give through.");
        values.put("appeal.link", link);
        String button = form.value("appeal.button").strip();
        if (button.isEmpty() || button.length() > 60) errors.put("appeal.button", "The button needs 1 to 60 characters.");
        values.put("appeal.button", button);
        String mode = form.value("comments.default-mode");
        if (!List.of("open", "closed").contains(mode)) errors.put("comments.default-mode", "Choose open or closed.");
        values.put("comments.default-mode", mode);
        number(form, "comments.close-after-days", 0, 3650, "Write a number of days from 0 (never) to 3650.", values, errors);
        number(form, "comments.max-depth", 1, 10, "Write a depth from 1 (no replies) to 10.", values, errors);
        try {
            values.put("site.menu", SiteMenu.validate(form.value("site.menu").replace("\r\n", "\n")));
        } catch (BadInput e) {
            errors.put("site.menu", e.getMessage());
        }
        if (!errors.isEmpty()) {
            desk.send(ctx, 422, "site/desk/settings.jte", new SettingsPage(desk.frame(ctx, me, "Site settings"), form.withErrors(errors), null));
            return;
        }
        Map<String, String> before = site.all();
        site.update(values);
        List<String> changed = values.keySet().stream().filter(k -> !values.get(k).equals(before.getOrDefault(k, ""))).toList();
        desk.audit().record(me, "settings.update", "site", changed.isEmpty() ? "no change" : "changed " + String.join(", ", changed));
        ctx.redirect("/desk/settings/?done=saved", HttpStatus.SEE_OTHER);
    }

    /** The logo is a picture from the media library, by its number; its smallest stored width is plenty. */
    private void logo(String number, Map<String, String> values, Map<String, String> errors) {
        values.put("site.logo-image", number);
        if (number.isEmpty()) {
            values.put("site.logo", "");
            return;
        }
        Image image = number.matches("[0-9]{1,18}") ? media.find(Long.parseLong(number)).orElse(null) : null;
        if (image == null) {
            errors.put("site.logo-image", "There is no picture " + number + " in the media library.");
            return;
        }
        values.put("site.logo", image.url(image.availableWidths().getFirst()));
    }

    private static void number(FormState form, String field, int min, int max, String message, Map<String, String> values,
            Map<String, String> errors) {
        String text = form.value(field).strip();
        values.put(field, text);
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) errors.put(field, message);
    }
}
