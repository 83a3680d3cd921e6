package org.masthead.moderation.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
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
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.Mailbox;
import org.masthead.testing.TestServer;

/**
 * The author of a rejected comment is told why, in plain words: on their own view of the comment (owner cookie) and
 * by email, with a link that works from any browser; they can ask for a second look once.
 */
class StatementOfReasonsTest {
    private Mailbox mailbox;
    private TestServer server;
    private Fixtures fixtures;
    private long article;
    private StaffMember moderator;

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        server = TestServer.empty(mailbox.settings());
        fixtures = new Fixtures(server.newsroom).basics();
        article = fixtures.publish("Ferry fares rise again", "The council approved the new fares.");
        moderator = server.newsroom.staff.add("mo@example.org", "Mo Derator", Role.MODERATOR, null, "");
    }

    @AfterEach
    void stop() {
        server.close();
        mailbox.close();
    }

    /** A comment from {@code author}, published or held (a moderator rejects it next either way). */
    private long commentFrom(Browser author, String text) {
        HttpResponse<String> posted = author.comment(article, null, "Wren", "wren@example.org", text);
        String location = posted.headers().firstValue("Location").orElseThrow(() -> new AssertionError(posted.body()));
        return Long.parseLong(location.replaceAll(".*(#comment-|/comments/)([0-9]+)/?$", "$2"));
    }

    @Test
    void the_author_sees_the_reason_on_their_own_view_of_the_comment_and_nobody_else_does() {
        Browser author = new Browser(server);
        long id = commentFrom(author, "The ferry captain is a useless parasite.");
        server.newsroom.moderationDesk.reject(moderator, id, RejectionReason.INSULT, "Please argue with the fares.");

        HttpResponse<String> own = author.get("/comments/" + id + "/");
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location")).hasValue("/comments/" + id + "/decision/");
        HttpResponse<String> decision = author.get("/comments/" + id + "/decision/");
        assertThat(decision.statusCode()).isEqualTo(200);
        assertThat(decision.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Jsoup.parse(decision.body());
        assertThat(page.select("h1").text()).isEqualTo("Your comment was not published");
        assertThat(page.select(".decision__reason").text()).isEqualTo(RejectionReason.INSULT.plainWords);
        assertThat(page.text()).contains("The moderator adds: Please argue with the fares.")
                .contains("The ferry captain is a useless parasite.");

        Browser stranger = new Browser(server);
        assertThat(stranger.get("/comments/" + id + "/").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/comments/" + id + "/decision/").statusCode()).isEqualTo(404);
        assertThat(stranger.get(fixtures.path(article)).body()).doesNotContain("useless parasite");
    }

    @Test
    void the_author_is_mailed_the_reason_with_a_link_that_works_from_any_browser() {
        long id = commentFrom(new Browser(server), "Nice piece. I wrote about the ferry on my own blog too.");
        server.newsroom.moderationDesk.reject(moderator, id, RejectionReason.SPAM, "");

        MimeMessage mail = mailbox.awaitMail(1);
        assertThat(address(mail)).isEqualTo("wren@example.org");
        assertThat(subject(mail)).isEqualTo("Your comment on Ferry fares rise again was not published");
        String text = Mailbox.text(mail);
        assertThat(text).contains("Why: " + RejectionReason.SPAM.plainWords)
                .contains("> Nice piece. I wrote about the ferry on my own blog too.").doesNotContain("The moderator adds");
        String link = Mailbox.link(mail, "/comments/" + id + "/decision/");
        assertThat(Mailbox.html(mail)).contains(RejectionReason.SPAM.plainWords).contains(link);

        Browser elsewhere = new Browser(server);
        assertThat(elsewhere.page(link).select(".decision__reason").text()).isEqualTo(RejectionReason.SPAM.plainWords);
        String forged = link.replaceAll("/decision/[^/]+/", "/decision/0123456789abcdef0123456789abcdef/");
        assertThat(elsewhere.get(forged).statusCode()).isEqualTo(404);
    }

    @Test
    void a_second_look_can_be_asked_for_once_and_a_second_request_is_refused_clearly() {
        Browser author = new Browser(server);
        long id = commentFrom(author, "The mayor should resign over this.");
        server.newsroom.moderationDesk.reject(moderator, id, RejectionReason.RULES, "");

        HttpResponse<String> asked = author.post("/comments/" + id + "/decision/",
                Map.of("text", "Calling for a resignation is not an insult."));
        assertThat(asked.statusCode()).isEqualTo(303);
        Document after = author.page("/comments/" + id + "/decision/");
        assertThat(after.select("[role=status]").text()).contains("You asked for a second look");
        assertThat(after.select("textarea[name=text]")).isEmpty();

        HttpResponse<String> again = author.post("/comments/" + id + "/decision/", Map.of("text", "Please!"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).select(".form-error").text())
                .isEqualTo("You have already asked for a second look at this comment. "
                        + "A comment can be looked at again only once.");
        var open = server.newsroom.moderationDesk.appeals(true, 1, 10);
        assertThat(open.total()).isEqualTo(1);
        assertThat(open.appeals().get(0).body()).isEqualTo("Calling for a resignation is not an insult.");
    }

    @Test
    void an_appeal_granted_publishes_the_comment_and_one_refused_cannot_be_appealed_again() {
        Browser author = new Browser(server);
        long granted = commentFrom(author, "The harbour master misled the council.");
        long refused = commentFrom(author, "Everyone at the council is a crook.");
        var desk = server.newsroom.moderationDesk;
        desk.reject(moderator, granted, RejectionReason.INSULT, "");
        desk.reject(moderator, refused, RejectionReason.INSULT, "");
        author.post("/comments/" + granted + "/decision/", Map.of("text", "It is documented."));
        author.post("/comments/" + refused + "/decision/", Map.of("text", ""));

        desk.decideAppeal(moderator, granted, true);
        desk.decideAppeal(moderator, refused, false);

        assertThat(new Browser(server).get(fixtures.path(article)).body()).contains("The harbour master misled the council.")
                .doesNotContain("Everyone at the council is a crook.");
        assertThat(author.page("/comments/" + refused + "/decision/").text()).contains("the decision stands");
        assertThat(author.post("/comments/" + refused + "/decision/", Map.of("text", "again")).statusCode()).isEqualTo(409);
        assertThat(desk.appeals(true, 1, 10).total()).isZero();
    }

    @Test
    void an_appeal_for_a_published_comment_or_an_over_long_one_is_refused_and_nothing_is_stored() {
        Browser author = new Browser(server);
        long published = Browser.commentId(author.comment(article, null, "Wren", "wren@example.org", "A fair point about fares."));
        assertThat(author.post("/comments/" + published + "/decision/", Map.of("text", "hm")).statusCode()).isEqualTo(404);

        long id = commentFrom(author, "Another comment.");
        server.newsroom.moderationDesk.reject(moderator, id, RejectionReason.OFF_TOPIC, "");
        String tooLong = "x".repeat(2001);
        HttpResponse<String> refused = author.post("/comments/" + id + "/decision/", Map.of("text", tooLong));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".form-error").text()).contains("at most 2000 characters");
        assertThat(page.select("textarea[name=text]").text()).isEqualTo(tooLong);
        assertThat(server.newsroom.moderationDesk.appeals(true, 1, 10).total()).isZero();
    }

    private static String address(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
