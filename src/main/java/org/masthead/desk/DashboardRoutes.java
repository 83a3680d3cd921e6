package org.masthead.desk;

import static io.javalin.apibuilder.ApiBuilder.get;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import org.masthead.accounts.StaffMember;

/** The desk's front page, for every signed-in member of staff. */
public final class DashboardRoutes implements EndpointGroup {
    private final DeskAccess access;
    private final DeskPages pages;

    public DashboardRoutes(DeskAccess access, DeskPages pages) {
        this.access = access;
        this.pages = pages;
    }

    @Override
    public void addEndpoints() {
        get("/desk/", this::dashboard);
    }

    private void dashboard(Context ctx) {
        StaffMember member = access.signedIn(ctx);
        pages.send(ctx, 200, "desk/dashboard.jte", new DashboardPage(pages.frame(ctx, member, "Desk")));
    }
}
