package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.testing.DeskUser;
import org.masthead.testing.TestServer;

class DeskSignInTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.empty();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_signed_out_browser_is_sent_to_sign_in_and_comes_back_afterwards() {
        StaffMember editor = DeskUser.newMember(server, Role.EDITOR);
        DeskUser browser = DeskUser.of(server, editor);
        HttpResponse<String> desk = browser.get("/desk/");
        assertThat(desk.statusCode()).isEqualTo(303);
        assertThat(desk.headers().firstValue("Location")).hasValue("/desk/sign-in/?next=%2Fdesk%2F");

        Document form = Jsoup.parse(browser.get("/desk/sign-in/?next=%2Fdesk%2F").body());
        assertThat(form.selectFirst("input[name=next]").attr("value")).isEqualTo("/desk/");
        HttpResponse<String> signedIn = browser.signIn(DeskUser.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/desk/");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(StaffSessions.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/desk/")
                .doesNotContain("Secure"); // the test site's address is plain http

        HttpResponse<String> dashboard = browser.get("/desk/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(dashboard.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(dashboard.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(Jsoup.parse(dashboard.body()).select(".desk-bar__member").text()).contains(editor.name());
    }

    @Test
    void only_the_hash_of_the_session_token_is_stored() {
        DeskUser user = DeskUser.signedIn(server, Role.AUTHOR);
        String token = user.cookie(StaffSessions.COOKIE);
        var stored = server.newsroom.database.jdbi().withHandle(h ->
                h.createQuery("SELECT token_hash FROM desk_sessions").mapTo(String.class).list());
        assertThat(stored).hasSize(1).doesNotContain(token);
        assertThat(stored.get(0)).isEqualTo(org.masthead.readers.Secrets.hash(token));
    }

    @Test
    void a_wrong_password_is_refused_with_the_email_kept_and_the_error_tied_to_the_fields() {
        StaffMember author = DeskUser.newMember(server, Role.AUTHOR);
        DeskUser browser = DeskUser.of(server, author);
        HttpResponse<String> wrong = browser.signIn("not the right password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        Document page = Jsoup.parse(wrong.body());
        Element email = page.selectFirst("input[name=email]");
        assertThat(email.attr("value")).isEqualTo(author.email());
        assertThat(email.attr("aria-describedby")).isEqualTo("signin-error");
        assertThat(page.selectFirst("input[name=password]").attr("value")).isEmpty();
        assertThat(page.select("#signin-error").text()).contains("do not match");
        assertThat(browser.cookie(StaffSessions.COOKIE)).isNull();
        assertThat(browser.get("/desk/").statusCode()).isEqualTo(303);
    }

    @Test
    void a_disabled_member_cannot_sign_in() {
        StaffMember author = DeskUser.newMember(server, Role.AUTHOR);
        server.newsroom.database.jdbi().useHandle(h ->
                h.createUpdate("UPDATE staff SET disabled = TRUE WHERE id = :id").bind("id", author.id()).execute());
        assertThat(DeskUser.of(server, author).signIn(DeskUser.PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        DeskUser user = DeskUser.signedIn(server, Role.EDITOR);
        String token = user.cookie(StaffSessions.COOKIE);
        HttpResponse<String> out = user.post("/desk/sign-out/", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).hasValue("/desk/sign-in/");
        assertThat(user.cookie(StaffSessions.COOKIE)).isNull();

        user.setCookie(StaffSessions.COOKIE, token); // a copy of the old cookie
        assertThat(user.get("/desk/").statusCode()).isEqualTo(303);
    }

    @Test
    void every_desk_post_needs_the_session_token() {
        DeskUser user = DeskUser.signedIn(server, Role.EDITOR);
        HttpResponse<String> without = user.postWithoutToken("/desk/sign-out/", Map.of());
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("reload the page");
        HttpResponse<String> forged = user.postWithoutToken("/desk/sign-out/", Map.of("_csrf", "0".repeat(64)));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(user.get("/desk/").statusCode()).as("still signed in").isEqualTo(200);

        DeskUser other = DeskUser.signedIn(server, Role.EDITOR);
        HttpResponse<String> someoneElses = user.postWithoutToken("/desk/sign-out/", Map.of("_csrf", other.csrf()));
        assertThat(someoneElses.statusCode()).as("another session's token").isEqualTo(403);
    }

    @Test
    void the_sign_in_form_itself_needs_its_token() {
        StaffMember editor = DeskUser.newMember(server, Role.EDITOR);
        DeskUser browser = DeskUser.of(server, editor);
        HttpResponse<String> response = browser.postWithoutToken("/desk/sign-in/",
                Map.of("email", editor.email(), "password", DeskUser.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.cookie(StaffSessions.COOKIE)).isNull();
    }

    @Test
    void sign_in_never_leads_off_the_desk() {
        StaffMember editor = DeskUser.newMember(server, Role.EDITOR);
        for (String next : new String[] {"//evil.example/", "https://evil.example/desk/", "/desk//evil.example",
                "/desk/\\evil.example", "/account/"}) {
            DeskUser browser = DeskUser.of(server, editor);
            var response = browser.submit("/desk/sign-in/?next=" + java.net.URLEncoder.encode(next,
                    java.nio.charset.StandardCharsets.UTF_8), "/desk/sign-in/",
                    Map.of("email", editor.email(), "password", DeskUser.PASSWORD, "next", next));
            assertThat(response.headers().firstValue("Location")).as(next).hasValue("/desk/");
        }
    }

    @Test
    void scripts_get_401_instead_of_a_redirect() {
        HttpResponse<String> json = server.get("/desk/", Map.of("Accept", "application/json"));
        assertThat(json.statusCode()).isEqualTo(401);
    }

    @Test
    void the_navigation_shows_only_what_the_role_may_use() {
        Document moderator = DeskUser.signedIn(server, Role.MODERATOR).page("/desk/");
        assertThat(moderator.select(".desk-nav a").eachText()).containsExactly("Comments");
        Document author = DeskUser.signedIn(server, Role.AUTHOR).page("/desk/");
        assertThat(author.select(".desk-nav a").eachText()).containsExactly("Articles", "Media");
        Document admin = DeskUser.signedIn(server, Role.ADMIN).page("/desk/");
        assertThat(admin.select(".desk-nav a").eachText()).containsExactly("Articles", "Media", "Sections & tags",
                "Comments", "Word lists", "Users", "Settings", "Audit log");
    }
}
