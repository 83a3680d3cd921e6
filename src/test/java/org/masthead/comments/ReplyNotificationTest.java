package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Fixtures;
import org.masthead.testing.Mailbox;
import org.masthead.testing.TestServer;
import org.masthead.testing.Visitor;

class ReplyNotificationTest {
    private static final String TITLE = "Трамвай до Marsh Road: ще одна затримка";
    private static final Pattern COMMENT_ID = Pattern.compile("#comment-([0-9]+)$");

    private Mailbox mailbox;
    private TestServer server;
    private long articleId;

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        server = TestServer.empty(mailbox.settings());
        Fixtures fixtures = new Fixtures(server.newsroom).basics();
        articleId = fixtures.publish(TITLE, "The tram extension is late again.\n\nThe council blames the contractor.");
    }

    @AfterEach
    void stop() {
        server.close();
        mailbox.close();
    }

    @Test
    void author_who_asked_gets_exactly_one_email_when_someone_else_replies() throws Exception {
        long alice = comment("Alice", "alice@example.org", "The council should publish the contract.", null, true);
        long reply = comment("Олена", "olena@example.org", "It did, last spring.\n<b>Page 4</b> & the annex.", alice,
                false);

        MimeMessage mail = mailbox.awaitMail(1);
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("alice@example.org");
        assertThat(mail.getSubject()).isEqualTo("Олена replied to your comment on " + TITLE);
        String text = Mailbox.text(mail);
        assertThat(text).contains("> It did, last spring.").contains("> <b>Page 4</b> & the annex.")
                .contains(Mailbox.BASE_URL + "/comments/" + reply + "/");
        assertThat(Mailbox.html(mail)).contains("&lt;b&gt;Page 4&lt;/b&gt; &amp; the annex.")
                .doesNotContain("<b>Page 4</b>").contains("href=\"" + Mailbox.BASE_URL + "/comments/" + reply + "/\"");
        String unsubscribe = Mailbox.BASE_URL + "/comments/" + alice + "/unsubscribe/"
                + server.newsroom.comments.unsubscribeToken(alice) + "/";
        assertThat(text).contains(unsubscribe);
        assertThat(mail.getHeader("List-Unsubscribe", null)).isEqualTo("<" + unsubscribe + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

        HttpResponse<String> permalink = server.get(Mailbox.link(mail, "/comments/" + reply + "/"));
        assertThat(permalink.statusCode()).isEqualTo(302);
        assertThat(permalink.headers().firstValue("Location").orElseThrow()).endsWith("#comment-" + reply);
        assertThat(mailbox.all(server.newsroom)).hasSize(1);
    }

    @Test
    void no_email_for_a_reply_to_oneself_or_to_an_author_who_did_not_ask() {
        long alice = comment("Alice", "alice@example.org", "The council should publish the contract.", null, true);
        comment("Alice", " ALICE@example.org", "Adding a link to the minutes later.", alice, true);
        long bruno = comment("Bruno", "bruno@example.org", "The trams were late again this morning.", null, false);
        comment("Carla", "carla@example.org", "Not the 12, it is usually on time.", bruno, false);

        assertThat(mailbox.all(server.newsroom)).isEmpty();
    }

    @Test
    void unsubscribe_link_in_the_email_asks_first_then_stops_the_emails() {
        long alice = comment("Alice", "alice@example.org", "The council should publish the contract.", null, true);
        comment("Bruno", "bruno@example.org", "Agreed, it is public money.", alice, false);
        String link = Mailbox.link(mailbox.awaitMail(1), "/comments/" + alice + "/unsubscribe/");

        Visitor alicesBrowser = new Visitor(server);
        HttpResponse<String> confirm = alicesBrowser.get(link);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("action=\"" + link + "\"").contains("Stop these emails");
        assertThat(mailbox.all(server.newsroom)).hasSize(1); // looking at the link changes nothing
        HttpResponse<String> done = alicesBrowser.post(link, Map.of());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("no more emails");

        comment("Carla", "carla@example.org", "The annex is what matters.", alice, false);
        assertThat(mailbox.all(server.newsroom)).hasSize(1);
    }

    @Test
    void one_click_unsubscribe_from_the_mail_provider_works_without_an_origin() throws Exception {
        long alice = comment("Alice", "alice@example.org", "The council should publish the contract.", null, true);
        comment("Bruno", "bruno@example.org", "Agreed, it is public money.", alice, false);
        String header = mailbox.awaitMail(1).getHeader("List-Unsubscribe", null);
        String url = header.substring(1, header.length() - 1);
        String path = url.substring(Mailbox.BASE_URL.length());

        // As a mail provider's server sends it (RFC 8058): no Origin, Referer, Sec-Fetch-Site or cookies.
        HttpResponse<String> response = oneClick(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.newsroom.comments.find(alice).notifyReplies()).isFalse();

        comment("Carla", "carla@example.org", "The annex is what matters.", alice, false);
        assertThat(mailbox.all(server.newsroom)).hasSize(1);
    }

    @Test
    void the_exemption_from_the_origin_check_is_only_for_genuine_unsubscribe_links() {
        long alice = comment("Alice", "alice@example.org", "The council should publish the contract.", null, true);
        assertThat(oneClick("/comments/" + alice + "/unsubscribe/" + "0".repeat(32) + "/").statusCode()).isEqualTo(404);
        assertThat(oneClick("/comments/" + alice + "/like/").statusCode()).isEqualTo(403);
        assertThat(oneClick("/comments/" + alice + "/unsubscribe/x/").statusCode()).isEqualTo(403);
        assertThat(server.newsroom.comments.find(alice).notifyReplies()).isTrue();
    }

    @Test
    void a_broken_mail_server_costs_the_reader_nothing() {
        long alice = comment("Alice", "alice@example.org", "The council should publish the contract.", null, true);
        mailbox.close();
        long reply = comment("Bruno", "bruno@example.org", "Agreed, it is public money.", alice, false);
        assertThat(server.newsroom.comments.find(reply).isPublished()).isTrue();
        assertThat(server.newsroom.mailer.drain(java.time.Duration.ofSeconds(30))).as("the failure is logged, not stuck")
                .isTrue();
    }

    private HttpResponse<String> oneClick(String path) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a comment from a fresh browser and returns its id; it must be published. */
    private long comment(String name, String email, String text, Long parent, boolean notify) {
        Map<String, String> form = new HashMap<>(Map.of("article", String.valueOf(articleId), "name", name,
                "email", email, "text", text, "parent", parent == null ? "" : parent.toString()));
        if (notify) form.put("notify", "on");
        HttpResponse<String> response = new Visitor(server).post("/comments/", form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        Matcher id = COMMENT_ID.matcher(response.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).as("published, placed in the discussion").isTrue();
        return Long.parseLong(id.group(1));
    }
}
