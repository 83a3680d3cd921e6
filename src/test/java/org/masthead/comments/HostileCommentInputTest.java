package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

/**
 * Whatever a form sends, the answer is a 4xx with the reason and the form again with what the reader typed, and
 * nothing is stored; what is stored can never run script in a reader's browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCommentInputTest {
    private final TestClock clock = TestClock.startingNow();
    private final TestServer server = TestServer.empty(clock);
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final Browser reader = new Browser(server);
    private final long article = fixtures.publish("Hostile input", "Body");

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void aFreshMinute() {
        clock.advance(Duration.ofMinutes(2));
    }

    /** Posts and checks the refusal: status, reason shown, the typed text back in the form, nothing stored. */
    private Document refused(int status, String reason, String name, String email, String text) {
        int before = fixtures.storedComments();
        HttpResponse<String> response = reader.comment(article, null, name, email, text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Document form = Jsoup.parse(response.body());
        assertThat(form.select(".form-error").text()).contains(reason);
        assertThat(form.select("form.comment-form textarea[name=text]").first().wholeText()).isEqualTo(text);
        assertThat(form.select("form.comment-form input[name=email]").val()).isEqualTo(email);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(fixtures.storedComments()).isEqualTo(before);
        return form;
    }

    @Test
    void html_and_script_are_refused_and_shown_back_as_plain_text() {
        for (String text : new String[] {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "[click me](javascript:alert(1))", "<a href=\"https://spam.example\">cheap</a>"}) {
            Document form = refused(422, "cannot contain HTML", "Mallory", "m@example.org", text);
            assertThat(form.select("script")).noneMatch(s -> s.html().contains("alert"));
            assertThat(form.select("img[onerror]")).isEmpty();
        }
    }

    @Test
    void links_that_slip_past_the_check_lose_their_dangerous_address() {
        // What is rendered is the point here, not whether the classifier finds two links and no words spammy.
        server.newsroom.site.update(Map.of("moderation.classifier", "off"));
        HttpResponse<String> posted = reader.comment(article, null, "Mallory", "m2@example.org",
                "[harmless](java&#115;cript:alert(1)) and [fine](https://example.org/page)");
        assertThat(posted.statusCode()).isEqualTo(303);
        var body = reader.page(fixtures.path(article)).select("#comment-" + Browser.commentId(posted) + " .comment__body");
        assertThat(body.select("a[href]")).extracting(a -> a.attr("href")).containsExactly("https://example.org/page");
        assertThat(body.select("a").last().attr("rel")).contains("nofollow").contains("ugc");
        assertThat(body.html()).doesNotContainIgnoringCase("javascript");
    }

    @Test
    void a_comment_over_5000_characters_is_refused_and_kept_in_the_form() {
        refused(422, "the limit is 5000", "Ada", "ada@example.org", "Long. ".repeat(1000));
    }

    @Test
    void names_that_are_empty_blank_or_a_zero_byte_are_refused() {
        refused(422, "Please give a name", "", "ada@example.org", "No name");
        refused(422, "Please give a name", "   ", "ada@example.org", "Blank name");
        refused(422, "characters we cannot show", "\u0000", "ada@example.org", "Zero byte name");
        refused(422, "at most 100 characters", "n".repeat(101), "ada@example.org", "Long name");
    }

    @Test
    void addresses_that_are_not_email_are_refused() {
        for (String email : new String[] {"", "ada", "ada@example", "ada@@example.org", "ada @example.org"}) {
            refused(422, "working email address", "Ada", email, "Bad email " + email);
        }
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_with_what_arrived_shown_back() {
        int before = fixtures.storedComments();
        byte[] body = ("article=" + article + "&parent=&name=Ada&email=ada%40example.org&text=caf%C3%28+au+lait")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> response = reader.postBody("/comments/", body);
        assertThat(response.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(response.body());
        assertThat(form.select(".form-error").text()).contains("not valid UTF-8");
        assertThat(form.select("textarea[name=text]").first().wholeText()).isEqualTo("caf\uFFFD( au lait");
        assertThat(form.select("input[name=name]").val()).isEqualTo("Ada");
        assertThat(fixtures.storedComments()).isEqualTo(before);
    }

    @Test
    void malformed_form_encoding_and_other_content_types_are_refused() {
        int before = fixtures.storedComments();
        assertThat(reader.postBody("/comments/", ("article=" + article + "&name=A&text=100%").getBytes(StandardCharsets.US_ASCII))
                .statusCode()).isEqualTo(400);
        assertThat(reader.postBody("/comments/", "name=A&text=no+article".getBytes(StandardCharsets.US_ASCII))
                .statusCode()).isEqualTo(400);
        assertThat(reader.postBody("/comments/", ("article=99999&name=A&email=a%40example.org&text=hi")
                .getBytes(StandardCharsets.US_ASCII)).statusCode()).isEqualTo(404);
        assertThat(fixtures.storedComments()).isEqualTo(before);
    }

    @Test
    void the_same_text_twice_from_one_reader_is_refused_the_second_time() {
        assertThat(reader.comment(article, null, "Ada", "twice@example.org", "Only once, please.").statusCode())
                .isEqualTo(303);
        refused(422, "already posted this comment", "Ada", "twice@example.org", "Only once, please.");
    }

    @Test
    void more_than_five_comments_a_minute_from_one_email_are_refused_with_429() {
        for (int i = 0; i < 5; i++) {
            assertThat(reader.comment(article, null, "Eager", "eager@example.org", "Thought " + i).statusCode()).isEqualTo(303);
        }
        refused(429, "wait a minute", "Eager", "eager@example.org", "Thought 5");
        clock.advance(Duration.ofSeconds(61));
        assertThat(reader.comment(article, null, "Eager", "eager@example.org", "Thought 5").statusCode()).isEqualTo(303);
    }

    @Test
    void more_than_ten_comments_a_minute_from_one_network_are_refused_with_429() {
        for (int i = 0; i < 10; i++) {
            assertThat(reader.comment(article, null, "Reader " + i, "r" + i + "@example.org", "Hello " + i).statusCode())
                    .isEqualTo(303);
        }
        refused(429, "Too many comments from your network", "Reader 10", "r10@example.org", "Hello 10");
    }
}
