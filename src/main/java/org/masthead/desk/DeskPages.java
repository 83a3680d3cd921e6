package org.masthead.desk;

import io.javalin.http.Context;
import org.masthead.accounts.StaffMember;
import org.masthead.site.SiteSettings;
import org.masthead.web.Assets;
import org.masthead.web.PrivatePage;
import org.masthead.web.Templates;

/**
 * Renders desk pages: each template takes one page record (named {@code page}) whose {@code frame()} is a
 * {@link DeskFrame} for desk/layout.jte. Desk pages are personal: never stored by anyone, never indexed.
 */
public final class DeskPages {
    private final DeskAccess access;
    private final SiteSettings site;
    private final Assets assets;
    private final Templates templates;

    public DeskPages(DeskAccess access, SiteSettings site, Assets assets, Templates templates) {
        this.access = access;
        this.site = site;
        this.assets = assets;
        this.templates = templates;
    }

    /** The frame of a page for {@code member} (null on the pages used before signing in). */
    public DeskFrame frame(Context ctx, StaffMember member, String title) {
        return new DeskFrame(title, site.identity().name(), assets, member, access.csrfToken(ctx), ctx.path());
    }

    public String siteName() {
        return site.identity().name();
    }

    public void send(Context ctx, int status, String template, Object page) {
        PrivatePage.send(ctx, status, templates.render(template, "page", page));
    }
}
