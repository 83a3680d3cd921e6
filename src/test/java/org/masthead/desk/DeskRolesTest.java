package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.accounts.Permission;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.testing.DeskUser;
import org.masthead.testing.TestServer;

/** Each role against each protected desk action of this package, and the signed-out visitor against all of them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskRolesTest {
    /** Every desk page of this package that needs a signed-in member. */
    private static final List<String> PAGES = List.of("/desk/", "/desk/account/", "/desk/account/two-factor/",
            "/desk/users/", "/desk/audit/");
    /** The desk pages of the other features (writing, media, sections, settings, moderation): signed-out visitors too. */
    private static final List<String> OTHER_PAGES = List.of("/desk/articles/", "/desk/articles/new/", "/desk/articles/1/",
            "/desk/articles/1/revisions/", "/desk/media/", "/desk/media/1/", "/desk/taxonomy/", "/desk/settings/",
            "/desk/moderation/", "/desk/moderation/held/", "/desk/moderation/reported/", "/desk/moderation/appeals/",
            "/desk/moderation/readers/");
    /** Every state-changing desk address of this package that needs a signed-in member. */
    private static final List<String> ACTIONS = List.of("/desk/account/password/", "/desk/account/sign-out-everywhere/",
            "/desk/account/two-factor/", "/desk/account/two-factor/recovery-codes/", "/desk/account/two-factor/off/",
            "/desk/users/invite/", "/desk/users/1/role/", "/desk/users/1/disable/", "/desk/users/1/enable/");

    private TestServer server;
    private final Map<Role, DeskUser> users = new EnumMap<>(Role.class);
    private StaffMember bystander;

    @BeforeAll
    void start() {
        server = TestServer.empty();
        bystander = DeskUser.newMember(server, Role.AUTHOR);
        for (Role role : Role.values()) users.put(role, DeskUser.signedIn(server, role));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_member_may_use_the_dashboard_and_their_account(Role role) {
        assertThat(users.get(role).get("/desk/").statusCode()).isEqualTo(200);
        assertThat(users.get(role).get("/desk/account/").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void only_admins_see_the_users_list_and_the_audit_log(Role role) {
        int expected = role == Role.ADMIN ? 200 : 403;
        assertThat(users.get(role).get("/desk/users/").statusCode()).isEqualTo(expected);
        assertThat(users.get(role).get("/desk/audit/").statusCode()).isEqualTo(expected);
        assertThat(role.may(Permission.MANAGE_USERS)).isEqualTo(role == Role.ADMIN);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void no_one_but_an_admin_may_invite_change_roles_or_disable(Role role) {
        DeskUser user = users.get(role);
        int staffBefore = server.newsroom.staff.all().size();
        HttpResponse<String> invite = user.post("/desk/users/invite/",
                Map.of("email", "sneaky@example.org", "name", "Sneaky", "role", "admin"));
        assertThat(invite.statusCode()).isEqualTo(403);
        assertThat(invite.body()).contains("Your role (" + role.id() + ") does not allow this");
        assertThat(user.post("/desk/users/" + user.member.id() + "/role/", Map.of("role", "admin")).statusCode())
                .isEqualTo(403);
        assertThat(user.post("/desk/users/" + bystander.id() + "/disable/", Map.of()).statusCode()).isEqualTo(403);

        assertThat(server.newsroom.staff.all()).hasSize(staffBefore);
        assertThat(server.newsroom.staff.byId(user.member.id()).orElseThrow().role()).isEqualTo(role);
        assertThat(server.newsroom.staff.active(bystander.id())).isPresent();
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in_from_every_desk_page() {
        DeskUser stranger = DeskUser.of(server, bystander);
        for (String page : Stream.concat(PAGES.stream(), OTHER_PAGES.stream()).toList()) {
            HttpResponse<String> response = stranger.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(page)
                    .hasValue("/desk/sign-in/?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        }
    }

    @Test
    void signed_out_requests_that_change_something_get_401_even_with_a_valid_form_token() {
        DeskUser stranger = DeskUser.of(server, bystander);
        String token = Jsoup.parse(stranger.get("/desk/sign-in/").body()).selectFirst("input[name=_csrf]").attr("value");
        for (String action : ACTIONS) {
            Map<String, String> form = new HashMap<>(Map.of("_csrf", token, "role", "admin", "password", "x"));
            assertThat(stranger.postWithoutToken(action, form).statusCode()).as(action).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/desk/users/invite/", "/desk/account/password/", "/desk/sign-out/"})
    void posts_without_the_token_are_refused_before_anything_happens(String action) {
        DeskUser admin = users.get(Role.ADMIN);
        HttpResponse<String> response = admin.postWithoutToken(action,
                Map.of("email", "forged@example.org", "name", "Forged", "role", "admin", "current", DeskUser.PASSWORD,
                        "password", "a forged new password"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.newsroom.staff.byEmail("forged@example.org")).isEmpty();
        assertThat(admin.get("/desk/").statusCode()).isEqualTo(200);
        assertThat(DeskUser.of(server, admin.member).signIn(DeskUser.PASSWORD).statusCode()).isEqualTo(303);
    }
}
