package org.masthead.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.testing.DeskClient;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** Sections and tags managed in the desk: renamed addresses keep answering, only empty ones can go. */
class TaxonomyDeskTest {
    private TestServer server;
    private DeskClient editor;
    private Fixtures fixtures;

    @BeforeEach
    void start() {
        server = TestServer.empty();
        fixtures = new Fixtures(server.newsroom).basics();
        editor = DeskClient.signedIn(server, Role.EDITOR, "Erin Editor");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_renamed_section_answers_its_old_address_with_a_301_to_the_new_one() {
        fixtures.publish("Harbour news", "Text.");
        Section news = server.newsroom.taxonomy.section("news").orElseThrow();
        assertThat(server.page("/").select(".sections-nav a").eachText()).contains("News"); // cached now

        HttpResponse<String> renamed = editor.post("/desk/taxonomy/sections/" + news.id() + "/",
                Map.of("name", "City news", "slug", "city", "description", "From the city"));

        assertThat(renamed.statusCode()).isEqualTo(303);
        HttpResponse<String> old = server.get("/category/news/");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).contains("/category/city/");
        assertThat(server.page("/category/city/").select("h1").text()).contains("City news");
        assertThat(server.page("/").select(".sections-nav a").eachText()).contains("City news").doesNotContain("News");
    }

    @Test
    void a_section_that_files_articles_cannot_be_deleted_an_empty_one_can() {
        fixtures.publish("Harbour news", "Text.");
        Section news = server.newsroom.taxonomy.section("news").orElseThrow();

        HttpResponse<String> refused = editor.post("/desk/taxonomy/sections/" + news.id() + "/delete/", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("#section-" + news.id() + "-delete").text()).contains("still files 1 article");
        assertThat(server.newsroom.taxonomy.section("news")).isPresent();

        assertThat(editor.post("/desk/taxonomy/sections/", Map.of("name", "Weather", "slug", "", "parent", "", "description", "")).statusCode())
                .isEqualTo(303);
        Section weather = server.newsroom.taxonomy.section("weather").orElseThrow();
        assertThat(editor.post("/desk/taxonomy/sections/" + weather.id() + "/delete/", Map.of()).statusCode()).isEqualTo(303);
        assertThat(server.newsroom.taxonomy.section("weather")).isEmpty();
    }

    @Test
    void a_taken_address_is_refused_next_to_its_field_keeping_what_was_typed() {
        editor.post("/desk/taxonomy/sections/", Map.of("name", "Weather", "slug", "", "parent", "", "description", ""));
        Section news = server.newsroom.taxonomy.section("news").orElseThrow();

        HttpResponse<String> refused = editor.post("/desk/taxonomy/sections/" + news.id() + "/",
                Map.of("name", "Newsy", "slug", "weather", "description", ""));

        assertThat(refused.statusCode()).isEqualTo(409);
        var page = Jsoup.parse(refused.body());
        String prefix = "#section-" + news.id() + "-";
        assertThat(page.select(prefix + "slug-error").text()).contains("already has the address /category/weather/");
        assertThat(page.select(prefix + "name").val()).isEqualTo("Newsy");
        assertThat(server.newsroom.taxonomy.section("news").orElseThrow().name()).isEqualTo("News");
    }

    @Test
    void a_renamed_tag_redirects_and_only_an_unused_tag_can_be_deleted() {
        long story = fixtures.publish(Fixtures.article("Storm story").tags("storm"));
        Tag storm = server.newsroom.taxonomy.tag("storm").orElseThrow();
        assertThat(server.page(fixtures.path(story)).select(".story__tags a").text()).isEqualTo("storm"); // cached now

        assertThat(editor.post("/desk/taxonomy/tags/" + storm.id() + "/", Map.of("name", "Storms", "slug", "storms")).statusCode())
                .isEqualTo(303);

        assertThat(server.get("/tag/storm/").statusCode()).isEqualTo(301);
        assertThat(server.get("/tag/storm/").headers().firstValue("Location")).contains("/tag/storms/");
        assertThat(server.page(fixtures.path(story)).select(".story__tags a").text()).isEqualTo("Storms");
        assertThat(editor.post("/desk/taxonomy/tags/" + storm.id() + "/delete/", Map.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void only_editors_and_admins_manage_sections() {
        DeskClient author = DeskClient.signedIn(server, Role.AUTHOR, "Abel Author");
        Section news = server.newsroom.taxonomy.section("news").orElseThrow();
        assertThat(author.get("/desk/taxonomy/").statusCode()).isEqualTo(403);
        assertThat(author.post("/desk/taxonomy/sections/" + news.id() + "/delete/", Map.of()).statusCode()).isEqualTo(403);
        assertThat(server.newsroom.taxonomy.section("news")).isPresent();
    }
}
