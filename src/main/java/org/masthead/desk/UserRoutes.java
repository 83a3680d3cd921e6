package org.masthead.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.masthead.accounts.Permission;
import org.masthead.accounts.Role;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.desk.OneTimeLinks.Purpose;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;

/**
 * Staff accounts, for admins: invite by email, change a role, disable or enable an account. Disabling ends the
 * member's sessions at once. Admins cannot change or disable their own account here, so the newsroom cannot
 * lose its last admin by a slip.
 */
public final class UserRoutes implements EndpointGroup {
    private final Staff staff;
    private final StaffSessions sessions;
    private final AuditLog audit;
    private final OneTimeLinks links;
    private final DeskMails mails;
    private final DeskAccess access;
    private final DeskPages pages;

    public UserRoutes(SignInRoutes.Parts parts, OneTimeLinks links, DeskMails mails, DeskAccess access, DeskPages pages) {
        this.staff = parts.staff();
        this.sessions = parts.sessions();
        this.audit = parts.audit();
        this.links = links;
        this.mails = mails;
        this.access = access;
        this.pages = pages;
    }

    @Override
    public void addEndpoints() {
        get("/desk/users/", ctx -> list(ctx, 200, access.require(ctx, Permission.MANAGE_USERS), Map.of(), Map.of(), null));
        post("/desk/users/invite/", this::invite);
        post("/desk/users/{id}/role/", this::changeRole);
        post("/desk/users/{id}/disable/", ctx -> setDisabled(ctx, true));
        post("/desk/users/{id}/enable/", ctx -> setDisabled(ctx, false));
    }

    private void invite(Context ctx) {
        StaffMember admin = access.require(ctx, Permission.MANAGE_USERS);
        Map<String, String> form = Forms.parse(ctx);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : new String[] {"email", "name", "role"}) typed.put(field, form.getOrDefault(field, "").strip());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!typed.get("email").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || typed.get("email").length() > 320) {
            errors.put("email", "Please enter an email address, like name@example.org.");
        }
        if (typed.get("name").isEmpty() || typed.get("name").length() > 200) {
            errors.put("name", "Please enter the name to show in bylines (up to 200 characters).");
        }
        Role role = null;
        try {
            role = Role.parse(typed.get("role"));
        } catch (IllegalArgumentException e) {
            errors.put("role", "Please choose a role.");
        }
        if (!errors.isEmpty()) {
            list(ctx, 422, admin, typed, errors, null);
            return;
        }
        StaffMember invited;
        try {
            invited = staff.add(typed.get("email"), typed.get("name"), role, null, "");
        } catch (BadInput refused) { // the address belongs to a member already
            list(ctx, 422, admin, typed, Map.of("email", capitalised(refused.getMessage()) + "."), null);
            return;
        }
        mails.invite(invited, admin, links.issue(invited.id(), Purpose.INVITE));
        audit.record(admin, "user.invite", "staff " + invited.id() + " (" + invited.email() + ")", "role: " + role.id());
        list(ctx, 200, admin, Map.of(), Map.of(), "We have emailed an invitation to " + invited.email() + ".");
    }

    private void changeRole(Context ctx) {
        StaffMember admin = access.require(ctx, Permission.MANAGE_USERS);
        StaffMember member = other(ctx, admin);
        Role role;
        try {
            role = Role.parse(Forms.parse(ctx).getOrDefault("role", ""));
        } catch (IllegalArgumentException e) {
            throw new BadInput(422, "Please choose one of the roles: " + Role.choices() + ".");
        }
        staff.changeRole(member.id(), role);
        audit.record(admin, "user.role", "staff " + member.id() + " (" + member.email() + ")",
                member.role().id() + " → " + role.id());
        list(ctx, 200, admin, Map.of(), Map.of(), member.name() + " is now " + role.id() + ".");
    }

    private void setDisabled(Context ctx, boolean disabled) {
        StaffMember admin = access.require(ctx, Permission.MANAGE_USERS);
        StaffMember member = other(ctx, admin);
        staff.setDisabled(member.id(), disabled);
        String detail = "";
        if (disabled) detail = "sessions ended: " + sessions.endAll(member.id());
        audit.record(admin, disabled ? "user.disable" : "user.enable", "staff " + member.id() + " (" + member.email() + ")",
                detail);
        list(ctx, 200, admin, Map.of(), Map.of(), member.name() + (disabled ? " is disabled and signed out." : " is enabled again."));
    }

    /** The member the address names, who must not be the admin acting. */
    private StaffMember other(Context ctx, StaffMember admin) {
        long id = ctx.pathParamAsClass("id", Long.class).getOrThrow(e -> new BadInput(404, "There is no such member of staff."));
        StaffMember member = staff.byId(id).orElseThrow(() -> new BadInput(404, "There is no such member of staff."));
        if (member.id() == admin.id()) {
            throw new BadInput(409, "You cannot change your own role or disable your own account. Please ask another admin.");
        }
        return member;
    }

    private void list(Context ctx, int status, StaffMember admin, Map<String, String> values, Map<String, String> errors,
            String notice) {
        pages.send(ctx, status, "desk/users.jte", new UsersPage(pages.frame(ctx, admin, "Users"), staff.all(), values,
                errors, notice));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
