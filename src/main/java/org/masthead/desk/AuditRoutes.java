package org.masthead.desk;

import static io.javalin.apibuilder.ApiBuilder.get;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.web.Paging;

/** The audit log for admins (/desk/audit/), fifty entries a page, newest first. */
public final class AuditRoutes implements EndpointGroup {
    static final int PAGE_SIZE = 50;
    private final AuditLog audit;
    private final DeskAccess access;
    private final DeskPages pages;

    public AuditRoutes(AuditLog audit, DeskAccess access, DeskPages pages) {
        this.audit = audit;
        this.access = access;
        this.pages = pages;
    }

    @Override
    public void addEndpoints() {
        get("/desk/audit/", this::show);
    }

    private void show(Context ctx) {
        StaffMember member = access.require(ctx, Permission.VIEW_AUDIT_LOG);
        int number = Paging.page(ctx);
        int lastPage = Math.max(1, (audit.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        Paging.requireExists(number, lastPage);
        pages.send(ctx, 200, "desk/audit.jte", new AuditPage(pages.frame(ctx, member, "Audit log"),
                audit.newest((number - 1) * PAGE_SIZE, PAGE_SIZE), number, lastPage));
    }
}
