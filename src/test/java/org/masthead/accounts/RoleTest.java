package org.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.accounts.Permission.EDIT_ANY;
import static org.masthead.accounts.Permission.MANAGE_MEDIA;
import static org.masthead.accounts.Permission.MANAGE_TAXONOMY;
import static org.masthead.accounts.Permission.MANAGE_WORD_LISTS;
import static org.masthead.accounts.Permission.MODERATE_COMMENTS;
import static org.masthead.accounts.Permission.PUBLISH_ANY;
import static org.masthead.accounts.Permission.PUBLISH_OWN;
import static org.masthead.accounts.Permission.WRITE_DRAFTS;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The role table of docs/ROLES.md, role by role. */
class RoleTest {
    private static List<Permission> of(Role role) {
        return Arrays.stream(Permission.values()).filter(role::may).toList();
    }

    @Test
    void each_role_has_exactly_its_permissions() {
        assertThat(of(Role.CONTRIBUTOR)).containsExactlyInAnyOrder(WRITE_DRAFTS, MANAGE_MEDIA);
        assertThat(of(Role.AUTHOR)).containsExactlyInAnyOrder(WRITE_DRAFTS, MANAGE_MEDIA, PUBLISH_OWN);
        assertThat(of(Role.EDITOR)).containsExactlyInAnyOrder(WRITE_DRAFTS, MANAGE_MEDIA, PUBLISH_OWN, EDIT_ANY,
                PUBLISH_ANY, MANAGE_TAXONOMY, MANAGE_WORD_LISTS);
        assertThat(of(Role.MODERATOR)).containsExactly(MODERATE_COMMENTS);
        assertThat(of(Role.ADMIN)).containsExactlyInAnyOrder(Permission.values());
    }
}
