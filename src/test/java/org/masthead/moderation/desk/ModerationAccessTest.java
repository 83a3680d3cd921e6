package org.masthead.moderation.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.accounts.Role;
import org.masthead.comments.NewComment;
import org.masthead.testing.DeskUser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** Only moderators and admins reach the moderation desk: others are refused, signed-out browsers sent to sign in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationAccessTest {
    private static final List<String> PAGES = List.of("/desk/moderation/", "/desk/moderation/held/",
            "/desk/moderation/pre-moderation/", "/desk/moderation/reported/", "/desk/moderation/appeals/",
            "/desk/moderation/approved/", "/desk/moderation/rejected/",
            "/desk/moderation/readers/?email=wren%40example.org");

    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final long article = fixtures.publish("Harbour wall repairs", "Work starts in May.");
    private final long held = server.newsroom.comments.holdAsOf(new NewComment(article, null, "Wren", "wren@example.org",
            "The contractor is a fraud.", false, null, null, null), Instant.now(), "test hold").comment().id();
    private final List<String> actions = List.of("/desk/moderation/comments/" + held + "/approve/",
            "/desk/moderation/comments/" + held + "/reject/", "/desk/moderation/bulk/",
            "/desk/moderation/appeals/" + held + "/", "/desk/moderation/readers/notes/");

    /** The word lists: editors and admins. The moderation settings: admins, like the site's other settings. */
    private static final Map<String, List<Role>> POLICY_PAGES = Map.of(
            "/desk/moderation/word-lists/", List.of(Role.EDITOR, Role.ADMIN),
            "/desk/settings/moderation/", List.of(Role.ADMIN));
    private static final Map<String, List<Role>> POLICY_ACTIONS = Map.of(
            "/desk/moderation/word-lists/", List.of(Role.EDITOR, Role.ADMIN),
            "/desk/moderation/word-lists/remove/", List.of(Role.EDITOR, Role.ADMIN),
            "/desk/settings/moderation/", List.of(Role.ADMIN));

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void a_signed_out_browser_is_sent_to_sign_in_for_pages_and_refused_for_actions() {
        DeskUser nobody = DeskUser.of(server, DeskUser.newMember(server, Role.MODERATOR));
        for (String page : PAGES) {
            HttpResponse<String> response = nobody.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(303);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).startsWith("/desk/sign-in/?next=");
        }
        for (String action : actions) {
            assertThat(nobody.postWithoutToken(action, Map.of("reason", "spam")).statusCode()).as(action)
                    .isIn(401, 403);
        }
        assertThat(server.newsroom.comments.find(held).status()).isEqualTo("pending");
    }

    @Test
    void staff_without_the_moderation_permission_get_403_and_change_nothing() {
        for (Role role : List.of(Role.AUTHOR, Role.EDITOR, Role.CONTRIBUTOR)) {
            DeskUser member = DeskUser.signedIn(server, role);
            for (String page : PAGES) assertThat(member.get(page).statusCode()).as(role + " " + page).isEqualTo(403);
            for (String action : actions) {
                assertThat(member.post(action, Map.of("reason", "spam", "id", String.valueOf(held), "action", "approve",
                        "outcome", "reinstate", "email", "wren@example.org", "text", "note")).statusCode())
                        .as(role + " " + action).isEqualTo(403);
            }
        }
        assertThat(server.newsroom.comments.find(held).status()).isEqualTo("pending");
        assertThat(server.newsroom.moderationDesk.history("wren@example.org").notes()).isEmpty();
    }

    @Test
    void moderators_and_admins_open_every_page() {
        for (Role role : List.of(Role.MODERATOR, Role.ADMIN)) {
            DeskUser member = DeskUser.signedIn(server, role);
            for (String page : PAGES.subList(1, PAGES.size())) {
                HttpResponse<String> response = member.get(page);
                assertThat(response.statusCode()).as(role + " " + page).isEqualTo(200);
                assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
                assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
            }
        }
    }

    @Test
    void the_word_lists_and_moderation_settings_are_open_to_their_roles_only_and_refused_actions_change_nothing() {
        int entries = server.newsroom.moderation.wordLists().entries().size();
        var settings = server.newsroom.moderation.settings();
        Map<String, String> fields = Map.of("term", "idiot*", "list", "suspect", "category", "insult", "language", "en",
                "moderation.mode", "all", "moderation.trust-after", "9", "moderation.max-links", "0");
        for (Role role : Role.values()) {
            DeskUser member = DeskUser.signedIn(server, role);
            POLICY_PAGES.forEach((page, allowed) -> assertThat(member.get(page).statusCode()).as(role + " " + page)
                    .isEqualTo(allowed.contains(role) ? 200 : 403));
            POLICY_ACTIONS.forEach((action, allowed) -> {
                if (allowed.contains(role)) return;
                HttpResponse<String> refused = member.post(action, fields);
                assertThat(refused.statusCode()).as(role + " " + action).isEqualTo(403);
                assertThat(refused.body()).contains("Your role (" + role.id() + ") does not allow this.");
            });
        }
        DeskUser nobody = DeskUser.of(server, DeskUser.newMember(server, Role.ADMIN));
        POLICY_PAGES.keySet().forEach(page -> assertThat(nobody.get(page).headers().firstValue("Location").orElseThrow())
                .as(page).startsWith("/desk/sign-in/?next="));
        POLICY_ACTIONS.keySet().forEach(action -> assertThat(nobody.postWithoutToken(action, fields).statusCode())
                .as(action).isIn(401, 403));
        DeskUser admin = DeskUser.signedIn(server, Role.ADMIN);
        POLICY_ACTIONS.keySet().forEach(action -> assertThat(admin.postWithoutToken(action, fields).statusCode())
                .as("no token: " + action).isEqualTo(403));
        assertThat(server.newsroom.moderation.wordLists().entries()).hasSize(entries);
        assertThat(server.newsroom.moderation.settings()).isEqualTo(settings);
    }

    @Test
    void the_desk_navigation_shows_the_word_lists_to_editors_and_admins_only() {
        assertThat(DeskUser.signedIn(server, Role.EDITOR).page("/desk/").select(".desk-nav a").eachText()).contains("Word lists")
                .doesNotContain("Comments");
        assertThat(DeskUser.signedIn(server, Role.MODERATOR).page("/desk/").select(".desk-nav a").eachText())
                .containsExactly("Comments");
        var onWordLists = DeskUser.signedIn(server, Role.ADMIN).page("/desk/moderation/word-lists/");
        assertThat(onWordLists.select(".desk-nav a[aria-current=page]").eachText()).containsExactly("Word lists");
    }

    @Test
    void a_moderation_form_without_the_desk_token_is_refused() {
        DeskUser moderator = DeskUser.signedIn(server, Role.MODERATOR);
        HttpResponse<String> forged = moderator.postWithoutToken("/desk/moderation/comments/" + held + "/approve/", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.newsroom.comments.find(held).status()).isEqualTo("pending");
    }
}
