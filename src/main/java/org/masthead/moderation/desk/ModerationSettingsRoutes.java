package org.masthead.moderation.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.desk.AuditLog;
import org.masthead.desk.DeskAccess;
import org.masthead.desk.DeskPages;
import org.masthead.moderation.LinkDomains;
import org.masthead.moderation.Moderation;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.classifier.Label;
import org.masthead.site.SiteSettings;
import org.masthead.web.BadInput;
import org.masthead.web.FormState;

/**
 * The site's moderation settings on the desk (/desk/settings/moderation/), for admins ({@link Permission#MANAGE_SETTINGS}):
 * mode, trust, links, blocked link domains and the classifier's thresholds. The rules for each value are
 * {@link ModerationSettings#parse}'s, so the desk and the pipeline can never disagree on what is valid. Every changed
 * setting and domain is written to the audit log.
 */
public final class ModerationSettingsRoutes implements EndpointGroup {
    static final String PATH = "/desk/settings/moderation/";
    static final String DOMAINS = "blocked-domains";
    private static final int MAX_DOMAINS = 1000;

    private final SiteSettings site;
    private final Moderation moderation;
    private final DeskAccess access;
    private final DeskPages pages;
    private final AuditLog audit;

    public ModerationSettingsRoutes(SiteSettings site, Moderation moderation, DeskAccess access, DeskPages pages,
            AuditLog audit) {
        this.site = site;
        this.moderation = moderation;
        this.access = access;
        this.pages = pages;
        this.audit = audit;
    }

    @Override
    public void addEndpoints() {
        get(PATH, this::show);
        post(PATH, this::save);
    }

    private void show(Context ctx) {
        StaffMember me = access.require(ctx, Permission.MANAGE_SETTINGS);
        String notice = "saved".equals(ctx.queryParam("done")) ? "Saved. New comments are moderated this way from now on." : null;
        send(ctx, me, 200, FormState.ofValues(shown()), notice);
    }

    /** The form's values as the page shows them: the settings in force, thresholds only where the site set one. */
    private Map<String, String> shown() {
        ModerationSettings now = moderation.settings();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("moderation.mode", now.mode().id());
        values.put("moderation.trust-after", String.valueOf(now.trustAfter()));
        values.put("moderation.max-links", String.valueOf(now.maxLinks()));
        values.put("moderation.classifier", now.classifying().id());
        Map<String, String> stored = site.values();
        for (String field : thresholdFields()) values.put(field, stored.getOrDefault(field, ""));
        values.put(DOMAINS, String.join("\n", new TreeSet<>(moderation.linkDomains().blocked())));
        return values;
    }

    private void save(Context ctx) {
        StaffMember me = access.require(ctx, Permission.MANAGE_SETTINGS);
        FormState form = FormState.of(ctx);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(List.of("moderation.mode", "moderation.trust-after", "moderation.max-links",
                "moderation.classifier"));
        fields.addAll(thresholdFields());
        for (String field : fields) {
            String value = form.value(field).strip();
            values.put(field, value);
            check(Map.of(field, value), field, errors);
        }
        if (errors.isEmpty()) check(values, null, errors); // a hold threshold above its reject threshold
        Set<String> domains = domains(form.value(DOMAINS), errors);
        if (!errors.isEmpty()) {
            send(ctx, me, 400, form.withErrors(errors), null);
            return;
        }
        // Compared with what the page showed, so saving it unchanged records nothing (not "(default) → 2").
        Map<String, String> before = shown();
        site.update(values);
        for (String field : fields) {
            String was = before.getOrDefault(field, "");
            if (!was.equals(values.get(field))) {
                audit.record(me, "moderation.setting", field, (was.isEmpty() ? "(default)" : was) + " → "
                        + (values.get(field).isEmpty() ? "(default)" : values.get(field)));
            }
        }
        Set<String> blocked = moderation.linkDomains().blocked();
        for (String domain : domains) {
            if (blocked.contains(domain)) continue;
            moderation.linkDomains().block(domain, "");
            audit.record(me, "moderation.link-domain.block", domain, "");
        }
        for (String domain : blocked) {
            if (domains.contains(domain)) continue;
            moderation.linkDomains().unblock(domain);
            audit.record(me, "moderation.link-domain.unblock", domain, "");
        }
        ctx.redirect(PATH + "?done=saved", HttpStatus.SEE_OTHER);
    }

    /** Records {@link ModerationSettings#parse}'s refusal of {@code values} against {@code field} (or the hold field it names). */
    private void check(Map<String, String> values, String field, Map<String, String> errors) {
        try {
            ModerationSettings.parse(values, moderation.defaultClassifierThresholds());
        } catch (BadInput refused) {
            String message = refused.getMessage();
            // Alone, a value is only checked for itself: hold against reject is checked once all are read.
            if (field != null && message.contains("must not be above")) return;
            String about = field != null ? field : message.substring(0, Math.max(0, message.indexOf(' ')));
            errors.put(about.isEmpty() ? "form" : about, message);
        }
    }

    /** One domain a line (commas and spaces also separate them); each checked, duplicates dropped. */
    private static Set<String> domains(String text, Map<String, String> errors) {
        Set<String> domains = new LinkedHashSet<>();
        for (String raw : text.split("[\\s,]+")) {
            if (raw.isBlank()) continue;
            try {
                domains.add(LinkDomains.domain(raw));
            } catch (BadInput refused) {
                errors.putIfAbsent(DOMAINS, refused.getMessage() + " Write one domain a line.");
            }
        }
        if (domains.size() > MAX_DOMAINS) errors.put(DOMAINS, "At most " + MAX_DOMAINS + " blocked domains.");
        return domains;
    }

    static List<String> thresholdFields() {
        List<String> fields = new ArrayList<>();
        for (Label label : Label.values()) {
            fields.add(ModerationSettings.THRESHOLD + label.id());
            if (ModerationSettings.REJECTING.contains(label)) fields.add(ModerationSettings.REJECT + label.id());
        }
        return fields;
    }

    private void send(Context ctx, StaffMember me, int status, FormState form, String notice) {
        pages.send(ctx, status, "moderation/settings.jte", new ModerationSettingsPage(
                pages.frame(ctx, me, "Moderation settings"), form, moderation.defaultClassifierThresholds(), notice));
    }
}
