package org.masthead.web;

import io.javalin.http.Context;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.desk.AuditLog;
import org.masthead.desk.DeskAccess;
import org.masthead.desk.DeskFrame;
import org.masthead.desk.DeskPages;

/** What every desk page of the writing features needs: who may see it, its frame, the audit log and templates. */
public record DeskTools(DeskAccess access, DeskPages pages, AuditLog audit, Templates templates) {

    public StaffMember require(Context ctx, Permission permission) {
        return access.require(ctx, permission);
    }

    public DeskFrame frame(Context ctx, StaffMember me, String title) {
        return pages.frame(ctx, me, title);
    }

    /** Sends a desk page: private to its reader, never cached or indexed. */
    public void send(Context ctx, int status, String template, Object page) {
        pages.send(ctx, status, template, page);
    }
}
