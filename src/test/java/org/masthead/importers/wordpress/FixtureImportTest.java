package org.masthead.importers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestDatabase;
import org.masthead.testing.TestServer;

/**
 * The June 2024 export written by WordPress 6.1's own exporter (posts, media and page files, the image files),
 * imported as an operator would: media first with its folder, then the posts. Checked in the database and over HTTP.
 */
class FixtureImportTest {
    private static Map<String, String> env;
    private static WordPressRun media;
    private static WordPressRun posts;

    @BeforeAll
    static void importTheJuneExport() {
        env = TestDatabase.freshEnvironment();
        media = WordPressRun.of(env, WordPressRun.fixture("june-2024-export-media.xml"),
                "--media-dir", WordPressRun.fixture("uploads").toString());
        posts = WordPressRun.of(env, WordPressRun.fixture("june-2024-export.xml"));
    }

    @Test
    void every_post_comment_picture_and_author_comes_across() {
        assertThat(media.exit()).as(media.out() + media.err()).isZero();
        assertThat(posts.exit()).as(posts.out() + posts.err()).isZero();
        assertThat(media.counts("attachments")).containsExactly(6, 0, 0, 0, 0);
        assertThat(posts.counts("posts")).containsExactly(7, 0, 0, 0, 0);
        assertThat(posts.counts("comments")).containsExactly(15, 0, 0, 0, 0);
        assertThat(posts.counts("categories")[0]).isEqualTo(5);
        assertThat(posts.counts("tags")[0]).isEqualTo(15);

        var statuses = Database.rows(env, "SELECT slug, status FROM articles ORDER BY slug");
        assertThat(statuses).extracting(r -> r.get("slug") + "=" + r.get("status")).containsExactlyInAnyOrder(
                "council-adopts-2024-25-budget=published", "river-wend-peaks-quay-street-evacuated=published",
                "central-library-reopens=published", "teachers-strike-class-sizes=published",
                "flood-follow-up-things-to-check=unpublished",
                "tram-extension-what-the-consultation-maps-show=draft",
                "outdoor-pools-open-1-july=scheduled");
        var staff = Database.rows(env, "SELECT email, name, password_hash FROM staff ORDER BY email");
        assertThat(staff).extracting(r -> r.get("email") + "|" + r.get("name") + "|" + r.get("password_hash"))
                .containsExactly("admin@example.invalid|admin|null", "m.kovac@example.invalid|Mila Kovač|null");
        var credits = Database.rows(env, "SELECT alt_text, caption FROM images ORDER BY id");
        assertThat(credits.getFirst().get("alt_text")).isEqualTo(
                "Drawing of a stone town hall with a clock tower at dusk, most windows lit");
        assertThat(credits.getFirst().get("caption")).isEqualTo(
                "Larkbridge Town Hall on the evening of the budget vote. Illustration: local desk");
    }

    @Test
    void block_markup_becomes_clean_html_with_its_pictures_and_dates() {
        try (TestServer server = TestServer.on(env)) {
            HttpResponse<String> response = server.get("/2024/06/05/council-adopts-2024-25-budget/");
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = server.page("/2024/06/05/council-adopts-2024-25-budget/");
            assertThat(page.select("h1").text()).isEqualTo("Council adopts €412 million budget after nine-hour session");
            assertThat(page.select(".story__dek").text()).startsWith("Larkbridge city council approved next year’s budget");
            assertThat(page.select(".story__figure img").attr("src")).startsWith("/media/");
            assertThat(response.body()).doesNotContain("wp:paragraph", "wp-block", "<!--");
            Element body = page.selectFirst(".story__body");
            assertThat(body.select("h2").eachText()).contains("Where the extra money goes", "What happens next");
            assertThat(body.select("li strong").first().text()).isEqualTo("Public transport:");
            Element chart = body.select("figure").first();
            assertThat(chart.select("img").attr("src")).startsWith("/media/");
            assertThat(chart.select("figcaption").text()).startsWith("The main items of the adopted budget");
            assertThat(body.select("blockquote cite").text()).isEqualTo("Teodora Pihl, chair of the finance committee");
            assertThat(body.select("a[href='https://www.youtube.com/watch?v=fixture0001']")).hasSize(1);
            assertThat(page.select("time").eachAttr("datetime")).anyMatch(t -> t.startsWith("2024-06-05T22:40"));
            assertThat(page.text()).contains("City Hall", "Property tax");
        }
    }

    @Test
    void the_sticky_post_leads_the_front_page_though_newer_stories_follow() {
        try (TestServer server = TestServer.on(env)) {
            Document home = server.page("/");
            assertThat(home.select(".front__lead").text()).contains("Council adopts €412 million budget");
            assertThat(home.text()).contains("Teachers strike over class sizes");
        }
    }

    @Test
    void classic_html_gets_paragraphs_and_its_caption_becomes_a_figure() {
        try (TestServer server = TestServer.on(env)) {
            Document page = server.page("/2024/06/18/central-library-reopens/");
            String html = page.html();
            assertThat(html).doesNotContain("[caption", "[/caption]", "<!--more-->");
            Element figure = page.select("figure:has(figcaption)").stream()
                    .filter(f -> !f.hasClass("story__figure")).findFirst().orElseThrow();
            assertThat(figure.select("img").attr("src")).startsWith("/media/");
            assertThat(figure.select("figcaption").text()).isNotBlank();
            assertThat(page.select("p").size()).isGreaterThan(4);
            assertThat(page.select("h3")).isNotEmpty();
            assertThat(page.select("ul li").size()).isGreaterThan(1);
        }
    }

    @Test
    void the_thread_of_fifteen_comments_keeps_its_shape_and_hides_what_wordpress_hid() {
        try (TestServer server = TestServer.on(env)) {
            Document page = server.page("/2024/06/12/river-wend-peaks-quay-street-evacuated/");
            List<String> names = page.select("li.comment .comment__name").eachText();
            assertThat(names).doesNotContain("Tom Fischer", "Rob Callahan"); // held, trashed
            assertThat(names).contains("Ines Moretti", "Оксана Мельник", "Jonas Weber", "Aylin Demir", "Leonie Hart",
                    "Mila Kovač");
            assertThat(names).anyMatch(n -> n.startsWith("What we learned on the night of the flood"));
            assertThat(names).hasSize(13);
            assertThat(depth(page, "Marta Jansen")).isEqualTo(5);
            assertThat(depth(page, "Piotr Nowak")).isEqualTo(4);
            assertThat(depth(page, "Ines Moretti")).isEqualTo(1);
            assertThat(depth(page, "Jonas Weber")).isEqualTo(2);
            assertThat(depth(page, "Aylin Demir")).as("its parent was trashed: it starts a thread").isEqualTo(1);
            assertThat(parentName(page, "Marta Jansen")).isEqualTo("Piotr Nowak");
            assertThat(parentName(page, "Mila Kovač")).isEqualTo("Sam Whitfield");
            assertThat(page.text()).contains("💪🌊", "👩‍🚒");
            Element sam = comment(page, "Sam Whitfield");
            assertThat(sam.select(".comment__body a").attr("rel")).contains("nofollow", "ugc");
            assertThat(sam.select(".comment__body em")).isNotEmpty();
            assertThat(page.select("li.comment time").eachAttr("datetime")).anyMatch(t -> t.startsWith("2024-06-12T09:31:18"));

            var statuses = Database.rows(env, "SELECT author_name, status FROM comments ORDER BY id");
            assertThat(statuses).extracting(r -> r.get("author_name") + "=" + r.get("status"))
                    .contains("Tom Fischer=pending", "Rob Callahan=rejected", "Marta Jansen=published");
            assertThat(Database.query(env, "SELECT published FROM comment_counts", Integer.class)).isEqualTo(13);
        }
    }

    @Test
    void old_links_answer_301_to_pages_that_render() {
        try (TestServer server = TestServer.on(env)) {
            String article = "/2024/06/05/council-adopts-2024-25-budget/";
            assertThat(redirect(server, "/?p=253")).isEqualTo(article);
            assertThat(redirect(server, "/?p=253&feed=rss2")).isEqualTo(article + "feed/");
            assertThat(redirect(server, "/?attachment_id=251")).isEqualTo(article);
            assertThat(redirect(server, article + "larkbridge-town-hall/")).isEqualTo(article);
            assertThat(redirect(server, "/?feed=rss2")).isEqualTo("/feed/");
            assertThat(redirect(server, "/?feed=comments-rss2")).isEqualTo("/comments/feed/");
            assertThat(redirect(server, "/feed/rss2/")).isEqualTo("/feed/");
            assertThat(server.get(article).statusCode()).isEqualTo(200);
            assertThat(server.get(article + "feed/").statusCode()).isEqualTo(200);
            assertThat(server.get("/feed/").statusCode()).isEqualTo(200);
            assertThat(server.get("/comments/feed/").statusCode()).isEqualTo(200);
            assertThat(server.get("/category/city-hall/feed/").statusCode()).isEqualTo(200);
            assertThat(server.get("/tag/property-tax/feed/").statusCode()).isEqualTo(200);
            // Not public here (a draft) or never there: no redirect, no page.
            assertThat(server.get("/?p=262").statusCode()).isEqualTo(200); // the front page, as for any query
            assertThat(server.get("/2024/06/05/no-such-post/").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void running_the_same_files_again_changes_nothing() {
        var before = Database.snapshot(env);
        WordPressRun mediaAgain = WordPressRun.of(env, WordPressRun.fixture("june-2024-export-media.xml"),
                "--media-dir", WordPressRun.fixture("uploads").toString());
        WordPressRun postsAgain = WordPressRun.of(env, WordPressRun.fixture("june-2024-export.xml"));
        assertThat(postsAgain.exit()).isZero();
        assertThat(mediaAgain.counts("attachments")).containsExactly(0, 0, 6, 0, 0);
        assertThat(postsAgain.counts("posts")).containsExactly(0, 0, 7, 0, 0);
        assertThat(postsAgain.counts("comments")).containsExactly(0, 0, 15, 0, 0);
        var after = Database.snapshot(env);
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
    }

    private static String redirect(TestServer server, String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(301);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static Element comment(Document page, String name) {
        return page.select("li.comment").stream()
                .filter(li -> li.selectFirst(".comment__name") != null
                        && li.selectFirst(".comment__name").text().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no comment by " + name));
    }

    private static int depth(Document page, String name) {
        int depth = 0;
        for (Element e = comment(page, name); e != null; e = e.parent()) if (e.is("li.comment")) depth++;
        return depth;
    }

    private static String parentName(Document page, String name) {
        Element li = comment(page, name).parent();
        while (!li.is("li.comment")) li = li.parent();
        return li.selectFirst(".comment__name").text();
    }
}
