package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.testing.DeskUser;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

class TwoFactorTest {
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

    /** Turns two-step sign-in on through the pages; returns the secret shown and the recovery codes. */
    private record Enrolled(String secret, List<String> recoveryCodes) {}

    private Enrolled enrol(DeskUser user) {
        Document page = user.page("/desk/account/two-factor/");
        String secret = page.selectFirst("#totp-secret").text().replace(" ", "");
        assertThat(page.selectFirst("#totp-uri").attr("href"))
                .startsWith("otpauth://totp/").contains("secret=" + secret).contains("digits=6").contains("period=30");
        assertThat(page.selectFirst("img.qr").attr("src")).startsWith("data:image/svg+xml;base64,");
        HttpResponse<String> wrong = user.post("/desk/account/two-factor/", Map.of("code", "000000".equals(now(secret)) ? "111111" : "000000"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrong.body()).selectFirst("#totp-code").attr("aria-describedby")).isEqualTo("totp-code-error");
        assertThat(server.newsroom.secondFactors.enabled(user.member.id())).isFalse();

        HttpResponse<String> confirmed = user.post("/desk/account/two-factor/", Map.of("code", now(secret)));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        List<String> codes = Jsoup.parse(confirmed.body()).select(".codes li").eachText();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        return new Enrolled(secret, codes);
    }

    private String now(String secret) {
        return Totp.code(secret, Totp.step(clock.millis()));
    }

    private HttpResponse<String> code(DeskUser user, String code) {
        return user.submit("/desk/sign-in/code/", "/desk/sign-in/code/", Map.of("code", code));
    }

    @Test
    void sign_in_asks_for_the_code_after_the_password_and_a_used_code_is_refused() {
        DeskUser user = DeskUser.signedIn(server, Role.EDITOR);
        Enrolled enrolled = enrol(user);
        user.post("/desk/sign-out/", Map.of());

        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> password = user.signIn(DeskUser.PASSWORD);
        assertThat(password.statusCode()).isEqualTo(303);
        assertThat(password.headers().firstValue("Location").orElseThrow()).startsWith("/desk/sign-in/code/");
        assertThat(user.get("/desk/").statusCode()).as("the password alone opens nothing").isEqualTo(303);
        String pendingCookie = user.cookie(StaffSessions.COOKIE);

        String code = now(enrolled.secret());
        HttpResponse<String> signedIn = code(user, code);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/desk/");
        assertThat(user.get("/desk/").statusCode()).isEqualTo(200);
        assertThat(user.cookie(StaffSessions.COOKIE)).as("a new session token after the code").isNotEqualTo(pendingCookie);

        user.post("/desk/sign-out/", Map.of());
        user.signIn(DeskUser.PASSWORD);
        HttpResponse<String> replay = code(user, code);
        assertThat(replay.statusCode()).as("the same code again").isEqualTo(401);
        assertThat(Jsoup.parse(replay.body()).select("#signin-code-error").text()).contains("used already");
        assertThat(user.get("/desk/").statusCode()).isEqualTo(303);
    }

    @Test
    void codes_one_step_early_or_late_work_but_not_two() {
        DeskUser user = DeskUser.signedIn(server, Role.AUTHOR);
        Enrolled enrolled = enrol(user);
        user.post("/desk/sign-out/", Map.of());
        clock.advance(Duration.ofMinutes(5));
        long step = Totp.step(clock.millis());

        user.signIn(DeskUser.PASSWORD);
        assertThat(code(user, Totp.code(enrolled.secret(), step + 2)).statusCode()).isEqualTo(401);
        assertThat(code(user, Totp.code(enrolled.secret(), step - 2)).statusCode()).isEqualTo(401);
        assertThat(code(user, Totp.code(enrolled.secret(), step - 1)).statusCode()).isEqualTo(303);
    }

    @Test
    void a_recovery_code_works_once() {
        DeskUser user = DeskUser.signedIn(server, Role.ADMIN);
        Enrolled enrolled = enrol(user);
        user.post("/desk/sign-out/", Map.of());

        user.signIn(DeskUser.PASSWORD);
        String recovery = enrolled.recoveryCodes().get(3);
        assertThat(code(user, recovery.toUpperCase()).statusCode()).isEqualTo(303);
        assertThat(user.page("/desk/account/").text()).contains("9 of 10 recovery codes left");
        user.post("/desk/sign-out/", Map.of());

        user.signIn(DeskUser.PASSWORD);
        assertThat(code(user, recovery).statusCode()).isEqualTo(401);
        var stored = server.newsroom.database.jdbi().withHandle(h ->
                h.createQuery("SELECT code_hash FROM staff_recovery_codes").mapTo(String.class).list());
        assertThat(stored).hasSize(10).noneMatch(hash -> enrolled.recoveryCodes().stream()
                .anyMatch(c -> hash.contains(c) || hash.contains(c.replace("-", ""))));
    }

    @Test
    void turning_two_step_off_needs_the_password() {
        DeskUser user = DeskUser.signedIn(server, Role.EDITOR);
        enrol(user);
        assertThat(user.post("/desk/account/two-factor/off/", Map.of("password", "not it at all")).statusCode())
                .isEqualTo(422);
        assertThat(server.newsroom.secondFactors.enabled(user.member.id())).isTrue();
        assertThat(user.post("/desk/account/two-factor/off/", Map.of("password", DeskUser.PASSWORD)).statusCode())
                .isEqualTo(200);
        assertThat(server.newsroom.secondFactors.enabled(user.member.id())).isFalse();
        user.post("/desk/sign-out/", Map.of());
        assertThat(user.signIn(DeskUser.PASSWORD).headers().firstValue("Location")).hasValue("/desk/");
        assertThat(server.newsroom.audit.newest(0, 20)).extracting(AuditLog.Entry::action)
                .contains("two-factor.on", "two-factor.off");
    }

    @Test
    void wrong_codes_count_towards_the_lock_out() {
        DeskUser user = DeskUser.signedIn(server, Role.EDITOR);
        enrol(user);
        user.post("/desk/sign-out/", Map.of());
        user.signIn(DeskUser.PASSWORD);
        int last = 0;
        for (int i = 0; i < SignInGuard.FAILURES_PER_ACCOUNT; i++) last = code(user, "12345" + i).statusCode();
        assertThat(last).isEqualTo(429);
    }
}
