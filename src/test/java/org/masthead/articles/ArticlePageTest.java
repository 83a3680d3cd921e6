package org.masthead.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestServer;

class ArticlePageTest {
    private final TestServer server = TestServer.demo();

    private String firstStoryPath() {
        Document home = Jsoup.parse(server.get("/").body());
        return home.select(".front__lead .teaser__headline a").attr("href");
    }

    @Test
    void article_page_shows_headline_figure_byline_body_editor_appeal_tags_and_comment_place() {
        HttpResponse<String> response = server.get(firstStoryPath());
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1.story__headline").text()).isNotBlank();
        assertThat(page.select("figure.story__figure img").attr("srcset")).contains("480w").contains("1200w");
        assertThat(page.select("figure.story__figure img").attr("alt")).isNotBlank();
        assertThat(page.select("figure figcaption .story__credit").text()).isNotBlank();
        assertThat(page.select(".story__sections a")).isNotEmpty();
        assertThat(page.select(".story__byline a").attr("href")).startsWith("/author/");
        assertThat(page.select(".story__dates time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(page.select(".story__body p")).hasSizeGreaterThan(2);
        assertThat(page.select(".story__editor").text()).startsWith("Edited by:");
        assertThat(page.select(".appeal a").attr("href")).isEqualTo("/support/");
        assertThat(page.select(".story__tags a[rel=tag]")).isNotEmpty();
        assertThat(page.select("#comments")).hasSize(1);
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"NewsArticle\"");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(firstStoryPath());
        assertThat(page.select("meta[property=og:image]").attr("content")).contains("/media/");
    }

    @Test
    void article_under_a_wrong_date_redirects_to_its_real_address() {
        String path = firstStoryPath();
        String slug = path.substring(12);
        HttpResponse<String> response = server.get("/2001/01/01/" + slug);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(path);
    }

    @Test
    void unknown_and_malformed_addresses_answer_404_in_the_site_design_without_a_stack_trace() {
        for (String path : new String[] {"/2026/11/25/no-such-story/", "/2026/13/40/x/", "/abcd/", "/2026/xx/",
            "/category/no-such-section/", "/tag/nope/", "/author/nobody/", "/media/0000000000000000-480.jpg",
            "/assets/site.css"}) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void paths_climbing_out_of_the_media_folder_are_refused() {
        assertThat(server.get("/media/../../etc/passwd").statusCode()).isBetween(400, 404);
        assertThat(server.get("/media/..%2F..%2Fetc%2Fpasswd").statusCode()).isBetween(400, 404);
    }

    @Test
    void nonsense_page_numbers_answer_400_and_pages_past_the_end_404() {
        assertThat(server.get("/category/international/?page=abc").statusCode()).isEqualTo(400);
        assertThat(server.get("/category/international/?page=-1").statusCode()).isEqualTo(400);
        assertThat(server.get("/category/international/?page=0").statusCode()).isEqualTo(400);
        assertThat(server.get("/category/international/?page=999").statusCode()).isEqualTo(404);
    }

    @Test
    void pages_without_a_trailing_slash_redirect_to_it_and_never_off_site() {
        HttpResponse<String> response = server.get("/category/europe?page=1");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/category/europe/?page=1");
        assertThat(server.get("//evil.example").statusCode()).isEqualTo(404);
    }
}
