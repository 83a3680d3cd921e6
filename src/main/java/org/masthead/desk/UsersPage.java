package org.masthead.desk;

import java.util.List;
import java.util.Map;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffAccount;

/** The staff list for admins, with the invitation form (what was typed, and its errors) and a notice. */
public record UsersPage(DeskFrame frame, List<StaffAccount> staff, Map<String, String> values,
        Map<String, String> errors, String notice) {

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean isSelf(StaffAccount account) {
        return account.member().id() == frame.member().id();
    }
}
