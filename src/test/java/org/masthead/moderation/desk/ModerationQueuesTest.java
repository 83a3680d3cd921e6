package org.masthead.moderation.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.comments.NewComment;
import org.masthead.testing.Browser;
import org.masthead.testing.DeskUser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

/** The moderation queues over HTTP: what each lists, in which order, page by page, and approve/reject from them. */
class ModerationQueuesTest {
    private TestClock clock;
    private TestServer server;
    private Fixtures fixtures;
    private long article;
    private DeskUser moderator;

    @BeforeEach
    void start() {
        clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        server = TestServer.empty(clock);
        fixtures = new Fixtures(server.newsroom).basics();
        article = fixtures.publish("Bridge tolls to double", "The county voted last night.");
        moderator = DeskUser.signedIn(server, Role.MODERATOR);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long hold(String name, String text, String why) {
        clock.advance(java.time.Duration.ofMinutes(1));
        return server.newsroom.comments.holdAsOf(new NewComment(article, null, name,
                name.toLowerCase() + "@example.org", text, false, null, null, null), clock.instant(), why).comment().id();
    }

    private List<Long> listed(Document queue) {
        return queue.select(".mod-item").stream().map(e -> Long.parseLong(e.attr("data-comment"))).toList();
    }

    private List<String> audit() {
        return server.newsroom.audit.newest(0, 50).stream().map(e -> e.action() + " " + e.subject()).toList();
    }

    private List<String> actions(long comment) {
        return server.newsroom.database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT action || ':' || reason || ':' || staff_name FROM moderation_actions WHERE comment_id = :id ORDER BY id")
                .bind("id", comment).mapTo(String.class).list());
    }

    @Test
    void the_held_queue_shows_the_comment_and_the_reason_in_plain_words() {
        long id = hold("Ossian", "The toll collectors deserve a beating.", "Sounds like a call for violence.");
        Document queue = moderator.page("/desk/moderation/held/");
        Element item = queue.selectFirst("#c-" + id);
        assertThat(item.select(".mod-item__text").text()).isEqualTo("The toll collectors deserve a beating.");
        assertThat(item.select(".mod-item__why li").eachText()).containsExactly("Sounds like a call for violence.");
        assertThat(item.select("a[href^=/desk/moderation/readers/]").attr("href"))
                .isEqualTo("/desk/moderation/readers/?email=ossian%40example.org");
        assertThat(queue.select(".mod-tabs a[aria-current=page]").text()).isEqualTo("Held (1)");
        assertThat(queue.select(".mod-keys dt").eachText()).contains("j / k", "a", "r", "x");
        assertThat(queue.select("script[src]").attr("src")).matches("/assets/moderation\\.[0-9a-f]{10}\\.js");
    }

    @Test
    void the_matched_words_are_marked_where_they_stand_in_the_text_with_scores_and_a_suggested_reason() {
        long id = hold("Ossian", "You utter 1d1ot, read the report.", "held");
        // What the word-list phase stores with the comment (moderation.VerdictJson): the match and its place.
        server.newsroom.database.jdbi().useHandle(h -> h.createUpdate("UPDATE comments SET moderation = :json WHERE id = :id")
                .bind("json", """
                        {"decision":"review","decidedBy":{"phase":"words","code":"suspect","detail":"Contains a word often used to insult."},
                         "reasons":[{"phase":"words","code":"suspect","detail":"Contains a word often used to insult."}],
                         "labels":{"insult":0.87,"spam":0.01},
                         "matches":[{"list":"suspect","category":"insult","term":"idiot","start":10,"end":15,"found":"1d1ot"}]}""")
                .bind("id", id).execute());
        Element item = moderator.page("/desk/moderation/held/").selectFirst("#c-" + id);
        assertThat(item.select(".mod-item__text").text()).isEqualTo("You utter 1d1ot, read the report.");
        assertThat(item.select(".mod-item__text mark").eachText()).containsExactly("1d1ot");
        assertThat(item.select(".mod-item__why li").eachText()).containsExactly("Contains a word often used to insult.");
        assertThat(item.select(".mod-item__found").text()).contains("“1d1ot” (suspect list: insult)").contains("insult 0.87")
                .doesNotContain("spam");
        assertThat(item.select("#reason-" + id + " option[selected]").attr("value")).isEqualTo("insult");
    }

    @Test
    void approving_publishes_the_comment_on_the_article_and_records_who_did_it() {
        long id = hold("Ossian", "Tolls are a tax on the poor.", "First comment");
        Browser reader = new Browser(server);
        String story = fixtures.path(article);
        assertThat(reader.get(story).body()).doesNotContain("Tolls are a tax on the poor."); // cached now

        HttpResponse<String> approved = moderator.post("/desk/moderation/comments/" + id + "/approve/",
                Map.of("back", "/desk/moderation/held/?order=oldest"));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(approved.headers().firstValue("Location")).hasValue("/desk/moderation/held/?order=oldest&done=approved&n=1");

        Document page = Jsoup.parse(reader.get(story).body());
        assertThat(page.select("#comment-" + id).text()).contains("Tolls are a tax on the poor.");
        assertThat(server.newsroom.commentThreads.count(article)).isEqualTo(1);
        assertThat(moderator.page("/desk/moderation/held/?order=oldest&done=approved&n=1").select("[role=status]").text())
                .isEqualTo("1 comment approved.");
        assertThat(listed(moderator.page("/desk/moderation/held/"))).isEmpty();
        assertThat(listed(moderator.page("/desk/moderation/approved/"))).containsExactly(id);
        assertThat(actions(id)).containsExactly("approve::" + moderator.member.name());
        assertThat(audit()).contains("comment.approve comment " + id);
    }

    @Test
    void rejecting_with_a_reason_hides_the_comment_and_lists_it_as_rejected() {
        long id = hold("Ossian", "Spam spam spam.", "Looks like spam.");
        HttpResponse<String> rejected = moderator.post("/desk/moderation/comments/" + id + "/reject/",
                Map.of("reason-" + id, "spam", "note-" + id, "Links to a shop.", "back", "/desk/moderation/held/"));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(server.newsroom.comments.find(id).status()).isEqualTo("rejected");
        assertThat(listed(moderator.page("/desk/moderation/rejected/"))).containsExactly(id);
        assertThat(actions(id)).containsExactly("reject:spam:" + moderator.member.name());
        assertThat(audit()).contains("comment.reject comment " + id);
        assertThat(new Browser(server).get(fixtures.path(article)).body()).doesNotContain("Spam spam spam.");
    }

    @Test
    void rejecting_without_a_known_reason_is_refused_and_changes_nothing() {
        long id = hold("Ossian", "Hmm.", "held");
        HttpResponse<String> refused = moderator.post("/desk/moderation/comments/" + id + "/reject/",
                Map.of("reason-" + id, "because"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).text()).contains("Please choose a reason for rejecting");
        assertThat(server.newsroom.comments.find(id).status()).isEqualTo("pending");
        assertThat(actions(id)).isEmpty();
    }

    @Test
    void reported_comments_show_report_reasons_and_counts_until_a_moderator_deals_with_them() {
        long kept = fixtures.comment(article, null, "Brannagh", "The councillor lied about the tolls.");
        long removed = fixtures.comment(article, null, "Tamsin", "The harbour master should be sacked before the summer.");
        long quiet = fixtures.comment(article, null, "Idris", "The bus timetable changed again in May.");
        new Browser(server).post("/comments/" + kept + "/report/", Map.of("reason", "abuse", "details", "Calls him a liar"));
        new Browser(server).post("/comments/" + removed + "/report/", Map.of("reason", "threat", "details", ""));
        new Browser(server).post("/comments/" + removed + "/report/", Map.of("reason", "threat", "details", "A threat"));
        new Browser(server).post("/comments/" + removed + "/report/", Map.of("reason", "abuse", "details", ""));

        Document queue = moderator.page("/desk/moderation/reported/");
        assertThat(listed(queue)).containsExactlyInAnyOrder(kept, removed).doesNotContain(quiet);
        assertThat(queue.select("#c-" + removed + " .mod-item__label").text()).contains("Reported 3 times: threat ×2, abuse ×1");
        assertThat(queue.select("#c-" + removed + " .mod-item__why li").eachText()).containsExactly("“A threat”");
        assertThat(queue.select("#c-" + kept + " .mod-item__label").text()).contains("Reported once: abuse ×1");
        assertThat(queue.select("#c-" + kept + " button[data-key=a]").text()).startsWith("Keep");

        moderator.post("/desk/moderation/comments/" + kept + "/approve/", Map.of("back", "/desk/moderation/reported/"));
        moderator.post("/desk/moderation/comments/" + removed + "/reject/", Map.of("reason-" + removed, "violence"));

        assertThat(listed(moderator.page("/desk/moderation/reported/"))).isEmpty();
        String story = new Browser(server).get(fixtures.path(article)).body();
        assertThat(story).contains("The councillor lied about the tolls.").doesNotContain("sacked before the summer");
        assertThat(server.newsroom.commentThreads.count(article)).isEqualTo(2);

        clock.advance(java.time.Duration.ofMinutes(5));
        new Browser(server).post("/comments/" + kept + "/report/", Map.of("reason", "spam", "details", ""));
        assertThat(listed(moderator.page("/desk/moderation/reported/"))).containsExactly(kept);
    }

    @Test
    void pre_moderated_comments_have_their_own_queue() {
        long system = hold("Ossian", "A held comment.", "Looks odd.");
        long first = hold("Neve", "My first comment here.", "First comment.");
        // What the Trust phase stores when the site pre-moderates first comments (moderation.phases.Trust).
        server.newsroom.database.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE comments SET reasons = 'trust/first-comments: New readers are read first.',
                               moderation = '{"decision":"review","decidedBy":{"phase":"trust","code":"first-comments","detail":"New readers are read first."},"reasons":[{"phase":"trust","code":"first-comments","detail":"New readers are read first."}]}'
                         WHERE id = :id""")
                .bind("id", first).execute());
        assertThat(listed(moderator.page("/desk/moderation/held/"))).containsExactly(system);
        Document pre = moderator.page("/desk/moderation/pre-moderation/");
        assertThat(listed(pre)).containsExactly(first);
        assertThat(pre.select(".mod-item__why li").eachText()).containsExactly("New readers are read first.");
    }

    @Test
    void queues_are_paginated_newest_or_oldest_first() {
        long[] ids = new long[23];
        for (int i = 0; i < ids.length; i++) ids[i] = hold("Reader" + i, "Held comment number " + i, "held");
        List<Long> oldestFirst = listed(moderator.page("/desk/moderation/held/"));
        assertThat(oldestFirst).hasSize(20).startsWith(ids[0], ids[1]);
        assertThat(listed(moderator.page("/desk/moderation/held/?order=oldest&page=2"))).containsExactly(ids[20], ids[21], ids[22]);
        Document newest = moderator.page("/desk/moderation/held/?order=newest");
        assertThat(listed(newest)).startsWith(ids[22], ids[21]);
        assertThat(newest.select(".pagination").text()).contains("Page 1 of 2");
        assertThat(newest.select(".pagination a[rel=next]").attr("href")).isEqualTo("/desk/moderation/held/?order=newest&page=2");
        assertThat(listed(moderator.page("/desk/moderation/held/?order=newest&page=2"))).containsExactly(ids[2], ids[1], ids[0]);
        assertThat(moderator.get("/desk/moderation/held/?page=3").statusCode()).isEqualTo(404);
        assertThat(moderator.get("/desk/moderation/held/?order=sideways").statusCode()).isEqualTo(400);
    }

    @Test
    void bulk_actions_apply_to_the_selected_comments_only() {
        long a = hold("Ann", "First of three.", "held");
        long b = hold("Bo", "Second of three.", "held");
        long c = hold("Cy", "Third of three.", "held");
        HttpResponse<String> approved = moderator.postAll("/desk/moderation/bulk/", List.of(Map.entry("id", "" + a),
                Map.entry("id", "" + c), Map.entry("action", "approve"), Map.entry("back", "/desk/moderation/held/")));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(approved.headers().firstValue("Location")).hasValue("/desk/moderation/held/?done=approved&n=2");
        assertThat(server.newsroom.comments.find(a).status()).isEqualTo("published");
        assertThat(server.newsroom.comments.find(b).status()).isEqualTo("pending");
        assertThat(server.newsroom.comments.find(c).status()).isEqualTo("published");
        assertThat(actions(a)).containsExactly("approve::" + moderator.member.name());

        HttpResponse<String> rejected = moderator.postAll("/desk/moderation/bulk/", List.of(Map.entry("id", "" + b),
                Map.entry("action", "reject"), Map.entry("reason", "off-topic"), Map.entry("note", "")));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(server.newsroom.comments.find(b).status()).isEqualTo("rejected");
        assertThat(actions(b)).containsExactly("reject:off-topic:" + moderator.member.name());
        assertThat(audit()).contains("comment.approve 2 comments", "comment.reject 1 comments");
    }

    @Test
    void a_bulk_action_without_a_selection_is_refused_with_the_note_kept() {
        long a = hold("Ann", "Held.", "held");
        HttpResponse<String> refused = moderator.postAll("/desk/moderation/bulk/", List.of(Map.entry("action", "reject"),
                Map.entry("reason", "spam"), Map.entry("note", "Selling boats"), Map.entry("back", "/desk/moderation/held/")));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#queue-error").text()).isEqualTo("Please select at least one comment.");
        assertThat(page.select("#bulk-note").attr("value")).isEqualTo("Selling boats");
        assertThat(server.newsroom.comments.find(a).status()).isEqualTo("pending");

        HttpResponse<String> unknown = moderator.postAll("/desk/moderation/bulk/", List.of(Map.entry("id", "" + a),
                Map.entry("action", "delete"), Map.entry("back", "/desk/moderation/held/")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.body()).select("#pick-" + a).hasAttr("checked")).isTrue();
        assertThat(server.newsroom.comments.find(a).status()).isEqualTo("pending");
    }

    @Test
    void an_action_returns_only_to_a_moderation_page() {
        long a = hold("Ann", "Held.", "held");
        HttpResponse<String> approved = moderator.post("/desk/moderation/comments/" + a + "/approve/",
                Map.of("back", "https://evil.example/steal"));
        assertThat(approved.headers().firstValue("Location")).hasValue("/desk/moderation/held/?done=approved&n=1");
    }
}
