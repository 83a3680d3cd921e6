package org.masthead.moderation.desk;

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
import org.masthead.testing.Browser;
import org.masthead.testing.DeskUser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.Mailbox;
import org.masthead.testing.TestServer;

/** Through the desk: a rejection mailed to its author, their appeal in the appeals queue, and a reader's history. */
class AppealsAndReadersTest {
    private Mailbox mailbox;
    private TestServer server;
    private Fixtures fixtures;
    private long article;
    private DeskUser moderator;

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        server = TestServer.empty(mailbox.settings());
        fixtures = new Fixtures(server.newsroom).basics();
        article = fixtures.publish("School meals contract", "The county picked a new caterer.");
        moderator = DeskUser.signedIn(server, Role.MODERATOR);
    }

    @AfterEach
    void stop() {
        server.close();
        mailbox.close();
    }

    @Test
    void a_rejection_from_the_desk_is_mailed_and_the_authors_appeal_can_be_granted_from_the_appeals_queue() {
        Browser author = new Browser(server);
        long id = Browser.commentId(author.comment(article, null, "Ffion", "ffion@example.org",
                "The caterer's boss is clueless and should be sacked."));
        moderator.post("/desk/moderation/comments/" + id + "/reject/", Map.of("reason-" + id, "insult"));

        MimeMessage mail = mailbox.awaitMail(1);
        assertThat(Mailbox.text(mail)).contains("Why: " + RejectionReason.INSULT.plainWords);
        String link = Mailbox.link(mail, "/comments/" + id + "/decision/");
        Browser elsewhere = new Browser(server);
        assertThat(elsewhere.post(link, Map.of("text", "I meant his decisions.")).statusCode()).isEqualTo(303);

        Document appeals = moderator.page("/desk/moderation/appeals/");
        assertThat(appeals.select(".mod-tabs a[aria-current=page]").text()).isEqualTo("Appeals (1)");
        assertThat(appeals.select("#c-" + id + " blockquote").text()).isEqualTo("I meant his decisions.");
        HttpResponse<String> granted = moderator.post("/desk/moderation/appeals/" + id + "/",
                Map.of("outcome", "reinstate", "back", "/desk/moderation/appeals/"));
        assertThat(granted.statusCode()).isEqualTo(303);
        assertThat(moderator.page(granted.headers().firstValue("Location").orElseThrow()).select("[role=status]").text())
                .isEqualTo("Appeal granted: the comment is published.");
        assertThat(new Browser(server).get(fixtures.path(article)).body()).contains("The caterer's boss is clueless and should be sacked.");
        assertThat(moderator.post("/desk/moderation/appeals/" + id + "/", Map.of("outcome", "uphold")).statusCode())
                .isEqualTo(409);
        assertThat(server.newsroom.audit.newest(0, 10).stream().map(e -> e.action() + " " + e.subject()))
                .contains("appeal.reinstate comment " + id, "comment.reject comment " + id);
    }

    @Test
    void a_readers_history_shows_their_comments_notes_and_what_moderators_did() {
        long published = fixtures.comment(article, null, "Gethin", "Good news for the kids.");
        String email = server.newsroom.comments.find(published).authorEmail();
        long rejected = fixtures.comment(article, null, "Gethin", "The council pocketed the parking money again.");
        server.newsroom.database.jdbi().useHandle(h -> h.createUpdate("UPDATE comments SET author_email = :e WHERE id = :id")
                .bind("e", email).bind("id", rejected).execute());
        moderator.post("/desk/moderation/comments/" + rejected + "/reject/", Map.of("reason-" + rejected, "insult"));

        HttpResponse<String> noted = moderator.post("/desk/moderation/readers/notes/",
                Map.of("email", email.toUpperCase(), "text", "Warned once about insults."));
        assertThat(noted.statusCode()).isEqualTo(303);
        Document history = moderator.page(noted.headers().firstValue("Location").orElseThrow());
        assertThat(history.select("h1").text()).isEqualTo("Gethin");
        assertThat(history.select("[role=status]").text()).isEqualTo("Note saved.");
        assertThat(history.select(".mod-notes li").text()).contains("Warned once about insults.")
                .contains(moderator.member.name());
        assertThat(history.select("#comments ~ table tbody tr").eachText())
                .anyMatch(row -> row.contains("rejected") && row.contains("pocketed"))
                .anyMatch(row -> row.contains("published") && row.contains("Good news for the kids."));
        assertThat(history.select("#actions ~ table tbody tr").eachText())
                .anyMatch(row -> row.contains("reject (comment " + rejected + ")") && row.contains("Insults or demeans a person"));
        assertThat(server.newsroom.audit.newest(0, 10).stream().map(e -> e.action()))
                .contains("reader.note");
    }

    @Test
    void a_reader_banned_from_their_history_page_can_no_longer_comment_until_the_ban_is_lifted() {
        Browser reader = new Browser(server);
        Browser.commentId(reader.comment(article, null, "Huw", "huw@example.org", "First."));
        HttpResponse<String> banned = moderator.post("/desk/moderation/readers/sanctions/",
                Map.of("email", "huw@example.org", "action", "ban", "reason", "Threats in three comments"));
        assertThat(banned.statusCode()).isEqualTo(303);
        assertThat(reader.comment(article, null, "Huw", "huw@example.org", "Second.").statusCode()).isBetween(400, 499);

        Document history = moderator.page(ReaderRoutes.historyPath("huw@example.org"));
        assertThat(history.select("#sanctions + ul li").text()).contains("Banned: Threats in three comments")
                .contains(moderator.member.name());
        String lift = history.select("form[action$=/lift/]").attr("action");
        assertThat(moderator.post(lift, Map.of("email", "huw@example.org")).statusCode()).isEqualTo(303);
        assertThat(moderator.page(ReaderRoutes.historyPath("huw@example.org")).select("#sanctions + ul li").text())
                .contains("(ended)");
        assertThat(reader.comment(article, null, "Huw", "huw@example.org", "Third.").statusCode()).isEqualTo(303);
        assertThat(server.newsroom.audit.newest(0, 10).stream().map(e -> e.action())).contains("reader.ban", "reader.lift");
    }

    @Test
    void a_bulk_suspension_rejects_the_comments_and_suspends_each_writer_once() {
        long a = fixtures.comment(article, null, "Iolo", "The ferry board never listens to anyone.");
        String iolo = server.newsroom.comments.find(a).authorEmail();
        long b = fixtures.comment(article, null, "Iolo", "The ferry board should all be sacked.");
        server.newsroom.database.jdbi().useHandle(h -> h.createUpdate("UPDATE comments SET author_email = :e WHERE id = :id")
                .bind("e", iolo).bind("id", b).execute());
        HttpResponse<String> done = moderator.postAll("/desk/moderation/bulk/", java.util.List.of(Map.entry("id", "" + a),
                Map.entry("id", "" + b), Map.entry("action", "suspend"), Map.entry("days", "7"), Map.entry("reason", "insult"),
                Map.entry("back", "/desk/moderation/reported/")));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/desk/moderation/reported/?done=suspend&n=1");
        assertThat(server.newsroom.comments.find(a).status()).isEqualTo("rejected");
        assertThat(server.newsroom.comments.find(b).status()).isEqualTo("rejected");
        var sanctions = server.newsroom.moderation.sanctions().of(null, iolo);
        assertThat(sanctions).hasSize(1);
        assertThat(sanctions.get(0).kind().id()).isEqualTo("suspend");

        HttpResponse<String> wrong = moderator.postAll("/desk/moderation/bulk/", java.util.List.of(Map.entry("id", "" + a),
                Map.entry("action", "suspend"), Map.entry("days", "0"), Map.entry("reason", "insult")));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).select("#queue-error").text()).contains("from 1 to 365 days");
        assertThat(server.newsroom.moderation.sanctions().of(null, iolo)).hasSize(1);
    }

    @Test
    void an_empty_note_is_refused_and_nothing_is_stored() {
        long id = fixtures.comment(article, null, "Gethin", "Fine.");
        String email = server.newsroom.comments.find(id).authorEmail();
        HttpResponse<String> refused = moderator.post("/desk/moderation/readers/notes/", Map.of("email", email, "text", "  "));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#note-error").text()).isEqualTo("Please write the note.");
        assertThat(server.newsroom.moderationDesk.history(email).notes()).isEmpty();
    }
}
