package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.testing.DeskUser;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

class LockOutTest {
    private final TestClock clock = TestClock.startingNow();
    private TestServer server;

    @BeforeEach
    void start() {
        server = DeskTestServers.with(Map.of(), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_a_while_with_a_clear_message_and_an_audit_entry() {
        StaffMember editor = DeskUser.newMember(server, Role.EDITOR);
        DeskUser browser = DeskUser.of(server, editor);
        for (int i = 1; i < SignInGuard.FAILURES_PER_ACCOUNT; i++) {
            assertThat(browser.signIn("wrong guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locking = browser.signIn("one more wrong guess");
        assertThat(locking.statusCode()).isEqualTo(429);
        HttpResponse<String> right = browser.signIn(DeskUser.PASSWORD);
        assertThat(right.statusCode()).as("even the right password waits").isEqualTo(429);
        var page = Jsoup.parse(right.body());
        assertThat(page.select("#signin-error").text()).contains("Too many failed sign-ins").contains("15 minutes");
        assertThat(page.selectFirst("input[name=email]").attr("value")).isEqualTo(editor.email());

        List<AuditLog.Entry> log = server.newsroom.audit.newest(0, 10);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).action()).isEqualTo("sign-in.locked");
        assertThat(log.get(0).subject()).contains(editor.email());
        assertThat(log.get(0).actorId()).isNull();

        clock.advance(SignInGuard.WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(browser.signIn(DeskUser.PASSWORD).statusCode()).as("after the window").isEqualTo(303);
    }

    @Test
    void many_failures_from_one_network_address_lock_it_for_every_account() {
        for (int i = 0; i < SignInGuard.FAILURES_PER_ADDRESS; i++) {
            StaffMember someone = new StaffMember(0, "nobody" + i + "@example.org", "", "", Role.AUTHOR, "");
            assertThat(DeskUser.of(server, someone).signIn("a wrong password").statusCode()).isIn(401, 429);
        }
        StaffMember editor = DeskUser.newMember(server, Role.EDITOR);
        assertThat(DeskUser.of(server, editor).signIn(DeskUser.PASSWORD).statusCode()).isEqualTo(429);
        assertThat(server.newsroom.audit.newest(0, 10)).extracting(AuditLog.Entry::subject).contains("a network address");
    }
}
