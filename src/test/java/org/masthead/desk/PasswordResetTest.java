package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.testing.DeskUser;
import org.masthead.testing.Mailbox;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

class PasswordResetTest {
    private static final String NEW_PASSWORD = "harbour lights at low tide";
    private final TestClock clock = TestClock.startingNow();
    private Mailbox mailbox;
    private TestServer server;

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        server = DeskTestServers.with(mailbox, clock);
    }

    @AfterEach
    void stop() {
        server.close();
        mailbox.close();
    }

    private HttpResponse<String> askForReset(DeskUser browser, String email) {
        return browser.submit("/desk/password/forgot/", "/desk/password/forgot/", Map.of("email", email));
    }

    @Test
    void a_mailed_link_sets_a_new_password_once_and_signs_out_every_session() throws Exception {
        DeskUser signedIn = DeskUser.signedIn(server, Role.EDITOR);
        StaffMember editor = signedIn.member;
        DeskUser browser = DeskUser.of(server, editor);
        HttpResponse<String> asked = askForReset(browser, editor.email().toUpperCase());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Check your email");

        MimeMessage mail = mailbox.awaitMail(1);
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo(editor.email());
        assertThat(mail.getSubject()).startsWith("Reset your desk password");
        String link = Mailbox.link(mail, "/desk/password/reset/");
        String token = link.replaceAll(".*/reset/([^/]+)/$", "$1");
        java.util.List<String> stored = server.newsroom.database.jdbi().withHandle(h ->
                h.createQuery("SELECT token_hash FROM desk_tokens").mapTo(String.class).list());
        assertThat(stored).hasSize(1).doesNotContain(token);

        HttpResponse<String> tooShort = browser.submit(link, link, Map.of("password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooShort.body()).selectFirst("#new-password").attr("aria-describedby"))
                .contains("new-password-error");
        assertThat(browser.submit(link, link, Map.of("password", NEW_PASSWORD)).statusCode()).isEqualTo(200);

        assertThat(signedIn.get("/desk/").statusCode()).as("the old session ended").isEqualTo(303);
        assertThat(browser.get(link).statusCode()).as("used").isEqualTo(404);
        assertThat(browser.signIn(DeskUser.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(browser.signIn(NEW_PASSWORD).statusCode()).isEqualTo(303);
        assertThat(server.newsroom.audit.newest(0, 10)).extracting(AuditLog.Entry::action).contains("password.reset");
    }

    @Test
    void the_link_expires_after_an_hour() {
        StaffMember editor = DeskUser.newMember(server, Role.EDITOR);
        DeskUser browser = DeskUser.of(server, editor);
        askForReset(browser, editor.email());
        String link = Mailbox.link(mailbox.awaitMail(1), "/desk/password/reset/");
        clock.advance(Duration.ofMinutes(61));
        assertThat(browser.get(link).statusCode()).isEqualTo(404);
    }

    @Test
    void unknown_and_disabled_addresses_get_the_same_answer_and_no_mail() {
        StaffMember disabled = DeskUser.newMember(server, Role.AUTHOR);
        server.newsroom.staff.setDisabled(disabled.id(), true);
        DeskUser browser = DeskUser.of(server, disabled);
        HttpResponse<String> unknown = askForReset(browser, "nobody@example.org");
        HttpResponse<String> off = askForReset(browser, disabled.email());
        assertThat(unknown.statusCode()).isEqualTo(off.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(unknown.body()).select("h1").text()).isEqualTo(Jsoup.parse(off.body()).select("h1").text());
        assertThat(mailbox.all(server.newsroom)).isEmpty();
    }

    @Test
    void a_malformed_address_is_refused_on_the_form_keeping_what_was_typed() {
        DeskUser browser = DeskUser.of(server, DeskUser.newMember(server, Role.AUTHOR));
        HttpResponse<String> response = askForReset(browser, "not an address");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(response.body()).selectFirst("#forgot-email").attr("value")).isEqualTo("not an address");
    }
}
