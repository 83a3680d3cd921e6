package org.masthead.readers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.comments.CommentRow;
import org.masthead.testing.Fixtures;
import org.masthead.testing.Mailbox;
import org.masthead.testing.TestServer;
import org.masthead.testing.Visitor;

class ReaderAccountTest {
    private static final String EMAIL = "mariya@example.org";
    private static final String PASSWORD = "tide tables at dawn";

    private Mailbox mailbox;
    private TestServer server;
    private Visitor browser;

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        server = TestServer.empty(mailbox.settings());
        browser = new Visitor(server);
    }

    @AfterEach
    void stop() {
        server.close();
        mailbox.close();
    }

    @Test
    void sign_up_mails_a_link_that_confirms_the_address_once() throws Exception {
        HttpResponse<String> signUp = browser.post("/account/sign-up/",
                Map.of("name", "Марія Коваль", "email", "Mariya@Example.org ", "password", PASSWORD));
        assertThat(signUp.statusCode()).isEqualTo(200);
        assertThat(signUp.body()).contains("Check your email");
        assertNoStoreAndNoIndex(signUp);
        assertThat(signIn(EMAIL, PASSWORD).statusCode()).as("not before confirming").isEqualTo(403);

        MimeMessage mail = mailbox.awaitMail(1);
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo(EMAIL);
        assertThat(mail.getSubject()).startsWith("Please confirm your email address");
        assertThat(Mailbox.html(mail)).contains("Марія Коваль");
        String link = Mailbox.link(mail, "/account/confirm/");
        HttpResponse<String> confirmPage = browser.get(link);
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(server.newsroom.readers.byEmail(EMAIL).orElseThrow().emailConfirmed())
                .as("opening the link (as mail scanners do) changes nothing").isFalse();
        assertThat(Jsoup.parse(confirmPage.body()).select("form[method=post]").attr("action")).isEqualTo(link);

        assertThat(browser.post(link, Map.of()).statusCode()).isEqualTo(200);
        assertThat(server.newsroom.readers.byEmail(EMAIL).orElseThrow().emailConfirmed()).isTrue();
        assertThat(browser.get(link).statusCode()).isEqualTo(404);
        assertThat(browser.post(link, Map.of()).statusCode()).isEqualTo(404);
        assertThat(signIn(EMAIL, PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void sign_in_sets_a_session_cookie_and_a_wrong_password_is_refused_with_the_email_kept() {
        confirmedReader();
        HttpResponse<String> wrong = signIn(EMAIL, "not the password at all");
        assertThat(wrong.statusCode()).isEqualTo(401);
        Document page = Jsoup.parse(wrong.body());
        Element email = page.selectFirst("input[name=email]");
        assertThat(email.attr("value")).isEqualTo(EMAIL);
        assertThat(email.attr("aria-describedby")).contains("signin-error");
        assertThat(page.select("#signin-error").text()).contains("do not match");
        assertThat(page.selectFirst("input[name=password]").attr("value")).isEmpty();
        assertThat(browser.cookie(ReaderSessions.COOKIE)).isNull();

        HttpResponse<String> right = signIn(EMAIL, PASSWORD);
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValue("/account/");
        String cookie = right.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mh_session="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Max-Age=2592000")
                .doesNotContain("Secure"); // plain HTTP here; Secure is set for HTTPS requests
        HttpResponse<String> account = browser.get("/account/");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Mariya Koval");
        assertNoStoreAndNoIndex(account);
    }

    @Test
    void repeated_failed_sign_ins_are_throttled_per_email_and_per_network_address() {
        confirmedReader();
        for (int i = 0; i < Throttle.FAILED_SIGN_INS_PER_EMAIL; i++) {
            assertThat(signIn(EMAIL, "guess number " + i + "!").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = signIn(EMAIL, PASSWORD);
        assertThat(blocked.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(Jsoup.parse(blocked.body()).select("#signin-error").text()).contains("Too many failed sign-ins");
        assertThat(Jsoup.parse(blocked.body()).selectFirst("input[name=email]").attr("value")).isEqualTo(EMAIL);

        // Other addresses from the same network address: 5 already failed, the rest up to the limit still answer 401.
        for (int i = Throttle.FAILED_SIGN_INS_PER_EMAIL; i < Throttle.FAILED_SIGN_INS_PER_ADDRESS; i++) {
            assertThat(signIn("someone" + i + "@example.org", "a wrong password").statusCode()).isEqualTo(401);
        }
        assertThat(signIn("fresh@example.org", "a wrong password").statusCode()).isEqualTo(429);
    }

    @Test
    void sign_out_ends_the_session_on_the_server() {
        confirmedReader();
        signIn(EMAIL, PASSWORD);
        String token = browser.cookie(ReaderSessions.COOKIE);
        assertThat(token).isNotNull();

        HttpResponse<String> out = browser.post("/account/sign-out/", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(browser.cookie(ReaderSessions.COOKIE)).as("cookie removed").isNull();

        Visitor copy = new Visitor(server);
        copy.setCookie(ReaderSessions.COOKIE, token);
        HttpResponse<String> account = copy.get("/account/");
        assertThat(account.statusCode()).as("the old cookie no longer signs in").isEqualTo(303);
        assertThat(account.headers().firstValue("Location")).hasValue("/account/sign-in/");
    }

    @Test
    void a_reset_link_from_the_email_sets_a_new_password_once_and_ends_old_sessions() throws Exception {
        confirmedReader();
        signIn(EMAIL, PASSWORD);
        String oldSession = browser.cookie(ReaderSessions.COOKIE);

        HttpResponse<String> forgot = new Visitor(server).post("/account/forgot/", Map.of("email", EMAIL));
        assertThat(forgot.statusCode()).isEqualTo(200);
        MimeMessage mail = mailbox.awaitMail(2);
        assertThat(mail.getSubject()).startsWith("Reset your password");
        String link = Mailbox.link(mail, "/account/reset/");
        Visitor other = new Visitor(server);
        assertThat(other.get(link).statusCode()).isEqualTo(200);

        HttpResponse<String> tooShort = other.post(link, Map.of("password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooShort.body()).selectFirst("input[name=password]").attr("aria-describedby"))
                .contains("reset-password-error");
        String newPassword = "a completely new passphrase";
        assertThat(other.post(link, Map.of("password", newPassword)).statusCode()).isEqualTo(200);

        assertThat(other.post(link, Map.of("password", "and another passphrase")).statusCode()).isEqualTo(404);
        assertThat(other.get(link).statusCode()).isEqualTo(404);
        assertThat(signIn(EMAIL, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(signIn(EMAIL, newPassword).statusCode()).isEqualTo(303);
        Visitor stale = new Visitor(server);
        stale.setCookie(ReaderSessions.COOKIE, oldSession);
        assertThat(stale.get("/account/").statusCode()).as("sessions from before the reset end").isEqualTo(303);
    }

    @Test
    void unknown_emails_get_the_same_answers_as_known_ones() {
        confirmedReader();
        assertSameAnswer(new Visitor(server).post("/account/forgot/", Map.of("email", EMAIL)), EMAIL,
                new Visitor(server).post("/account/forgot/", Map.of("email", "nobody@example.org")), "nobody@example.org");
        assertSameAnswer(signIn(EMAIL, "a wrong password"), EMAIL,
                signIn("nobody@example.org", "a wrong password"), "nobody@example.org");
        assertSameAnswer(new Visitor(server).post("/account/sign-up/",
                        Map.of("name", "Someone", "email", EMAIL, "password", "another long password")), EMAIL,
                new Visitor(server).post("/account/sign-up/",
                        Map.of("name", "Someone", "email", "new@example.org", "password", "another long password")),
                "new@example.org");
        // Only the mailboxes learn the difference: the confirmation, then a reset link and an "already registered" note.
        var mails = mailbox.all(server.newsroom);
        assertThat(mails).hasSize(4);
        assertThat(mails.stream().map(ReaderAccountTest::subject)).anyMatch(s -> s.startsWith("You already have an account"));
    }

    @Test
    void a_signed_in_readers_comment_carries_the_account_id_and_name() {
        long articleId = new Fixtures(server.newsroom).basics().publish("Storm barrier passes its test", "It held.");
        long readerId = confirmedReader();
        signIn(EMAIL, PASSWORD);

        HttpResponse<String> posted = browser.post("/comments/", Map.of("article", String.valueOf(articleId),
                "parent", "", "name", "Somebody Else", "email", "else@example.org", "text", "Glad it held."));
        assertThat(posted.statusCode()).isEqualTo(303);
        Matcher id = Pattern.compile("#comment-([0-9]+)$").matcher(posted.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        CommentRow row = server.newsroom.comments.find(Long.parseLong(id.group(1)));
        assertThat(row.readerId()).isEqualTo(readerId);
        assertThat(row.authorName()).isEqualTo("Mariya Koval");
        assertThat(row.authorEmail()).isEqualTo(EMAIL);
    }

    @Test
    void bad_sign_up_input_is_explained_next_to_each_field_and_nothing_is_stored() {
        HttpResponse<String> response = browser.post("/account/sign-up/",
                Map.of("name", "Mariya", "email", "not-an-address", "password", "too short"));
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("input[name=name]").attr("value")).isEqualTo("Mariya");
        assertThat(page.selectFirst("input[name=email]").attr("value")).isEqualTo("not-an-address");
        assertThat(page.selectFirst("input[name=email]").attr("aria-describedby")).contains("signup-email-error");
        assertThat(page.select("#signup-email-error").text()).contains("email address");
        assertThat(page.selectFirst("input[name=password]").attr("aria-describedby")).contains("signup-password-error");
        assertThat(page.select("#signup-password-error").text()).contains("at least 12 characters");
        assertThat(page.selectFirst("input[name=password]").attr("value")).isEmpty();
        assertThat(page.select("label[for=signup-email]")).hasSize(1);
        assertThat(server.newsroom.readers.byEmail("not-an-address")).isEmpty();
        assertThat(mailbox.all(server.newsroom)).isEmpty();
    }

    @Test
    void cross_site_posts_are_refused() {
        confirmedReader();
        HttpResponse<String> foreign = browser.post("/account/sign-in/", Map.of("email", EMAIL, "password", PASSWORD),
                Map.of("Origin", "https://evil.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(browser.cookie(ReaderSessions.COOKIE)).isNull();

        signIn(EMAIL, PASSWORD);
        assertThat(browser.post("/account/sign-out/", Map.of(), Map.of("Origin", "https://evil.example")).statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/account/").statusCode()).as("still signed in").isEqualTo(200);
    }

    /** Signs a reader up through the site and confirms the address; returns the reader's id. */
    private long confirmedReader() {
        Visitor someone = new Visitor(server);
        someone.post("/account/sign-up/", Map.of("name", "Mariya Koval", "email", EMAIL, "password", PASSWORD));
        String link = Mailbox.link(mailbox.awaitMail(1), "/account/confirm/");
        assertThat(someone.post(link, Map.of()).statusCode()).isEqualTo(200);
        return server.newsroom.readers.byEmail(EMAIL).orElseThrow().id();
    }

    private HttpResponse<String> signIn(String email, String password) {
        return browser.post("/account/sign-in/", Map.of("email", email, "password", password));
    }

    private static void assertSameAnswer(HttpResponse<String> a, String emailA, HttpResponse<String> b, String emailB) {
        assertThat(a.statusCode()).isEqualTo(b.statusCode());
        assertThat(a.body().replace(emailA, "EMAIL")).isEqualTo(b.body().replace(emailB, "EMAIL"));
    }

    private static void assertNoStoreAndNoIndex(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Jsoup.parse(response.body()).select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
