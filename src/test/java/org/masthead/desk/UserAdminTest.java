package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.testing.DeskUser;
import org.masthead.testing.Mailbox;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

class UserAdminTest {
    private Mailbox mailbox;
    private TestServer server;
    private DeskUser admin;

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        server = DeskTestServers.with(mailbox, TestClock.startingNow());
        admin = DeskUser.signedIn(server, Role.ADMIN);
    }

    @AfterEach
    void stop() {
        server.close();
        mailbox.close();
    }

    @Test
    void an_invited_member_sets_a_password_through_the_mailed_link_and_signs_in() {
        HttpResponse<String> invited = admin.post("/desk/users/invite/",
                Map.of("email", "oksana@example.org", "name", "Оксана Мельник", "role", "author"));
        assertThat(invited.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(invited.body()).select(".notice").text()).contains("oksana@example.org");
        Document list = admin.page("/desk/users/");
        assertThat(list.select("tr:contains(oksana@example.org) td").eachText()).contains("Оксана Мельник", "invited");

        MimeMessage mail = mailbox.awaitMail(1);
        assertThat(Mailbox.text(mail)).contains(admin.member.name()).contains("as an author");
        String link = Mailbox.link(mail, "/desk/invitation/");
        StaffMember oksana = server.newsroom.staff.byEmail("oksana@example.org").orElseThrow();
        DeskUser browser = DeskUser.of(server, oksana);
        assertThat(browser.signIn(DeskUser.PASSWORD).statusCode()).as("no password yet").isEqualTo(401);
        assertThat(browser.submit(link, link, Map.of("password", DeskUser.PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(browser.signIn(DeskUser.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(browser.get(link).statusCode()).isEqualTo(404);
        assertThat(server.newsroom.audit.newest(0, 10)).extracting(AuditLog.Entry::action)
                .contains("user.invite", "invitation.accept");
    }

    @Test
    void a_bad_invitation_is_refused_on_the_form_with_what_was_typed_and_nothing_stored() {
        int before = server.newsroom.staff.all().size();
        HttpResponse<String> allWrong = admin.post("/desk/users/invite/",
                Map.of("email", "pavlo at example", "name", " ", "role", "owner"));
        assertThat(allWrong.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(allWrong.body());
        assertThat(page.selectFirst("#invite-email").attr("value")).isEqualTo("pavlo at example");
        assertThat(page.selectFirst("#invite-email").attr("aria-describedby")).isEqualTo("invite-email-error");
        assertThat(page.selectFirst("#invite-name").attr("aria-describedby")).contains("invite-name-error");
        assertThat(page.selectFirst("#invite-role").attr("aria-describedby")).isEqualTo("invite-role-error");

        HttpResponse<String> taken = admin.post("/desk/users/invite/",
                Map.of("email", admin.member.email(), "name", "Again", "role", "editor"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(taken.body()).select("#invite-email-error").text()).contains("already exists");
        assertThat(server.newsroom.staff.all()).hasSize(before);
        assertThat(mailbox.all(server.newsroom)).isEmpty();
    }

    @Test
    void an_admin_changes_a_role_and_it_applies_at_the_next_request() {
        DeskUser contributor = DeskUser.signedIn(server, Role.CONTRIBUTOR);
        assertThat(contributor.page("/desk/").select(".desk-nav a").eachText()).doesNotContain("Sections & tags");
        assertThat(admin.post("/desk/users/" + contributor.member.id() + "/role/", Map.of("role", "editor")).statusCode())
                .isEqualTo(200);
        assertThat(contributor.page("/desk/").select(".desk-nav a").eachText()).contains("Sections & tags");
        AuditLog.Entry entry = server.newsroom.audit.newest(0, 1).get(0);
        assertThat(entry.action()).isEqualTo("user.role");
        assertThat(entry.detail()).isEqualTo("contributor → editor");
        assertThat(entry.actorName()).isEqualTo(admin.member.name());
    }

    @Test
    void disabling_a_member_ends_their_sessions_at_once_and_enabling_lets_them_sign_in_again() {
        DeskUser editor = DeskUser.signedIn(server, Role.EDITOR);
        assertThat(admin.post("/desk/users/" + editor.member.id() + "/disable/", Map.of()).statusCode()).isEqualTo(200);
        assertThat(editor.get("/desk/").statusCode()).isEqualTo(303);
        assertThat(editor.signIn(DeskUser.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(admin.page("/desk/users/").select("tr:contains(" + editor.member.email() + ") td").eachText())
                .contains("disabled");

        admin.post("/desk/users/" + editor.member.id() + "/enable/", Map.of());
        assertThat(editor.signIn(DeskUser.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void an_admin_cannot_demote_or_disable_themselves() {
        assertThat(admin.post("/desk/users/" + admin.member.id() + "/role/", Map.of("role", "author")).statusCode())
                .isEqualTo(409);
        assertThat(admin.post("/desk/users/" + admin.member.id() + "/disable/", Map.of()).statusCode()).isEqualTo(409);
        assertThat(admin.get("/desk/users/").statusCode()).isEqualTo(200);
    }

    @Test
    void sign_out_everywhere_ends_every_session_of_the_member_only() {
        DeskUser phone = DeskUser.of(server, admin.member);
        phone.signIn(DeskUser.PASSWORD);
        DeskUser colleague = DeskUser.signedIn(server, Role.EDITOR);
        HttpResponse<String> out = admin.post("/desk/account/sign-out-everywhere/", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(admin.get("/desk/").statusCode()).isEqualTo(303);
        assertThat(phone.get("/desk/").statusCode()).isEqualTo(303);
        assertThat(colleague.get("/desk/").statusCode()).isEqualTo(200);
    }

    @Test
    void changing_the_password_needs_the_current_one_and_signs_out_the_other_sessions() {
        DeskUser phone = DeskUser.of(server, admin.member);
        phone.signIn(DeskUser.PASSWORD);
        HttpResponse<String> wrong = admin.post("/desk/account/password/",
                Map.of("current", "not my password", "password", "a brand new long password"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrong.body()).selectFirst("#current-password").attr("aria-describedby"))
                .isEqualTo("current-password-error");
        HttpResponse<String> right = admin.post("/desk/account/password/",
                Map.of("current", DeskUser.PASSWORD, "password", "a brand new long password"));
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(admin.get("/desk/").statusCode()).as("this session stays").isEqualTo(200);
        assertThat(phone.get("/desk/").statusCode()).isEqualTo(303);
    }
}
