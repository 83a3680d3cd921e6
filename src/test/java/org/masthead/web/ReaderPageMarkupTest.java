package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestServer;

/** What the reader pages promise browsers: no layout shift, one eager picture, no inline styles, error pages unindexed. */
class ReaderPageMarkupTest {
    private final TestServer server = TestServer.demo();

    private Document page(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private String leadStoryPath() {
        return page("/").select(".front__lead .teaser__headline a").attr("href");
    }

    @Test
    void every_picture_has_its_size_and_only_the_largest_picture_on_screen_loads_eagerly() {
        for (String path : new String[] {"/", leadStoryPath(), "/category/international/"}) {
            Document doc = page(path);
            for (Element img : doc.select("img")) {
                assertThat(img.attr("width")).as(path).matches("\\d+");
                assertThat(img.attr("height")).as(path).matches("\\d+");
                assertThat(img.attr("srcset")).as(path).contains("480w");
                assertThat(img.attr("sizes")).as(path).isNotBlank();
            }
            assertThat(doc.select("img[fetchpriority=high]")).as(path).hasSize(1);
            assertThat(doc.select("img[fetchpriority=high]").attr("loading")).as(path).isEqualTo("eager");
            assertThat(doc.select("img[loading=lazy]")).as(path).hasSize(doc.select("img").size() - 1);
        }
        assertThat(page("/").select(".front__lead img[fetchpriority=high]")).hasSize(1);
        assertThat(page(leadStoryPath()).select("figure.story__figure img[fetchpriority=high]")).hasSize(1);
    }

    @Test
    void pages_need_no_inline_styles_or_scripts_under_the_strict_content_security_policy() {
        for (String path : new String[] {"/", leadStoryPath(), "/category/international/", "/no-such-page/"}) {
            String html = server.get(path).body();
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("[style]")).as(path).isEmpty();
            assertThat(doc.select("style")).as(path).isEmpty();
            // Only structured data and the site's own fingerprinted scripts: nothing inline.
            assertThat(doc.select("script:not([type=application/ld+json]):not([src~=^/assets/[a-z]+\\.[0-9a-f]+\\.js$])"))
                    .as(path).isEmpty();
            assertThat(doc.select("link[rel=stylesheet]").attr("href")).as(path).matches("/assets/site\\.[0-9a-f]+\\.css");
            assertThat(doc.select("a.skip-link[href=#main]")).as(path).hasSize(1);
            assertThat(doc.select("main#main")).as(path).hasSize(1);
        }
    }

    @Test
    void error_pages_ask_search_engines_not_to_index_them_and_name_no_canonical_address() {
        Document missing = Jsoup.parse(server.get("/no-such-page/").body());
        assertThat(missing.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(missing.select("link[rel=canonical]")).isEmpty();
        assertThat(missing.select("h1").text()).isEqualTo("Page not found");

        Document home = page("/");
        assertThat(home.select("meta[name=robots]")).isEmpty();
        assertThat(home.select("link[rel=canonical]")).hasSize(1);
    }

    @Test
    void the_section_navigation_marks_the_current_section() {
        assertThat(page("/category/international/").select(".sections-nav a[aria-current=page]").attr("href"))
                .isEqualTo("/category/international/");
        assertThat(page("/").select(".sections-nav a[aria-current=page]").attr("href")).isEqualTo("/");
        assertThat(page(leadStoryPath()).select(".sections-nav a[aria-current]")).isEmpty();
    }
}
