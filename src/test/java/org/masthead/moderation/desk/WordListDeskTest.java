package org.masthead.moderation.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.testing.Browser;
import org.masthead.testing.DeskUser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** Editors keep the word lists on the desk: find, add, remove; a change holds (or frees) the very next comment. */
class WordListDeskTest {
    private static final String PAGE = "/desk/moderation/word-lists/";
    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final long article = fixtures.publish("Ferry timetable cut again", "Two crossings a day from March.");
    private final DeskUser editor = DeskUser.signedIn(server, Role.EDITOR);
    private final Browser reader = new Browser(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private String postComment(String text) {
        HttpResponse<String> response = reader.comment(article, null, "Ines", "ines@example.org", text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        // A published comment is shown where it stands in the discussion; any other at its own address.
        if (!location.startsWith("/comments/")) return "published";
        return server.newsroom.comments.find(Long.parseLong(location.replaceAll("[^0-9]", ""))).status();
    }

    private List<String> audit() {
        return server.newsroom.audit.newest(0, 50).stream().map(e -> e.action() + " " + e.subject()).toList();
    }

    private int entries() {
        return server.newsroom.moderation.wordLists().entries().size();
    }

    @Test
    void an_added_term_holds_the_next_comment_and_removing_it_frees_the_one_after() {
        assertThat(postComment("The ferry grifters have done it again.")).isEqualTo("published");

        HttpResponse<String> added = editor.post(PAGE, Map.of("term", "  Grifter* ", "list", "blocked",
                "category", "insult", "language", "en"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValue(PAGE + "?q=grifter*&done=added");
        Document listed = editor.page(added.headers().firstValue("Location").orElseThrow());
        assertThat(listed.select("tbody th").eachText()).containsExactly("grifter*");
        assertThat(listed.select("tbody td").eachText()).startsWith("blocked", "insult", "en");
        assertThat(listed.select(".notice").text()).startsWith("Added.");
        assertThat(audit()).contains("wordlist.add blocked list: grifter*");

        assertThat(postComment("Grifters, the lot of them at the ferry office.")).isEqualTo("pending");

        HttpResponse<String> removed = editor.post(PAGE + "remove/", Map.of("term", "grifter*", "list", "blocked",
                "back", PAGE + "?q=grifter"));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(removed.headers().firstValue("Location")).hasValue(PAGE + "?q=grifter&done=removed");
        assertThat(editor.page(PAGE + "?q=grifter").select("tbody tr")).isEmpty();
        assertThat(audit()).contains("wordlist.remove blocked list: grifter*");
        assertThat(postComment("Those grifters at the ferry office did it again.")).isEqualTo("published");
    }

    @Test
    void bad_entries_are_refused_with_400_keeping_what_was_typed_and_nothing_is_stored() {
        int before = entries();
        Map<Map<String, String>, String> refused = Map.of(
                Map.of("term", "   ", "list", "suspect", "category", "insult", "language", "en"),
                "Please write the word or phrase to list.",
                Map.of("term", "windbag ".repeat(30), "list", "suspect", "category", "insult", "language", "en"),
                "A term has at most 200 characters",
                Map.of("term", "Idiot*", "list", "blocked", "category", "insult", "language", "en"),
                "'idiot*' is already on the suspect list (insult).",
                Map.of("term", "windbag", "list", "suspect", "category", "insult", "language", "fr"),
                "Please choose a language: en, ru, uk.",
                Map.of("term", "windbag", "list", "suspect", "category", "rude", "language", "en"),
                "Please choose a category",
                Map.of("term", "windbag", "list", "sometimes", "category", "insult", "language", "en"),
                "Please choose a list: blocked or suspect.");
        refused.forEach((form, message) -> {
            HttpResponse<String> response = editor.post(PAGE, form);
            assertThat(response.statusCode()).as(message).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("#error-summary").text()).as(message).contains(message);
            assertThat(page.select("input[name=term]").attr("value")).isEqualTo(form.get("term"));
        });
        assertThat(entries()).isEqualTo(before);
        assertThat(audit()).noneMatch(line -> line.startsWith("wordlist."));
    }

    @Test
    void the_lists_are_found_by_text_list_language_and_category_a_page_at_a_time() {
        Document first = editor.page(PAGE);
        int total = entries();
        assertThat(first.select("[role=status]").text()).isEqualTo(total + " entries");
        assertThat(first.select("tbody tr")).hasSize(WordListRoutes.PER_PAGE);
        int lastPage = (total + WordListRoutes.PER_PAGE - 1) / WordListRoutes.PER_PAGE;
        assertThat(first.select(".pagination__position").text()).isEqualTo("Page 1 of " + lastPage);
        Document last = editor.page(first.select("a[rel=next]").attr("href").replace("page=2", "page=" + lastPage));
        assertThat(last.select("tbody tr")).hasSize(total - (lastPage - 1) * WordListRoutes.PER_PAGE);

        Document threats = editor.page(PAGE + "?list=blocked&language=uk&category=threat");
        assertThat(threats.select("tbody tr")).isNotEmpty().allSatisfy(row ->
                assertThat(row.select("td").eachText()).startsWith("blocked", "threat", "uk"));
        assertThat(editor.page(PAGE + "?q=SHOULD+be").select("tbody th").eachText()).contains("should be shot");

        assertThat(editor.get(PAGE + "?page=" + (lastPage + 1)).statusCode()).isEqualTo(404);
        assertThat(editor.get(PAGE + "?list=grey").statusCode()).isEqualTo(400);
        assertThat(editor.get(PAGE + "?language=xx").statusCode()).isEqualTo(400);
        assertThat(editor.get(PAGE + "?category=mild").statusCode()).isEqualTo(400);
    }

    @Test
    void every_form_on_the_page_carries_the_desk_token() {
        Document page = editor.page(PAGE);
        assertThat(page.select("form[method=post]")).isNotEmpty().allSatisfy(form ->
                assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo(editor.csrf()));
    }
}
