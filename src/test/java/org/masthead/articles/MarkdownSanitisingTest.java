package org.masthead.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Fixtures.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.media.Image;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** Whatever a story's Markdown, headline or caption holds, the reader's page runs no script from it. */
class MarkdownSanitisingTest {
    private static final AtomicInteger counter = new AtomicInteger();
    private static TestServer server;
    private static Fixtures fixtures;

    @BeforeAll
    static void start() {
        server = TestServer.empty();
        fixtures = new Fixtures(server.newsroom).basics();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Text <script src=\"https://evil.example/x.js\"></script> inline",
        "<<script>script>alert(1)<</script>/script>",
        "<scr<script>ipt>alert(1)</script>",
        "[click me](javascript:alert(1))",
        "[click me](JaVaScRiPt:alert(1))",
        "[click me](javascript&#58;alert(1))",
        "[click me](&#106;avascript:alert(1))",
        "[click me](<java script:alert(1)>)",
        "[click me][evil]\n\n[evil]: javascript:alert(1)",
        "[click me](vbscript:msgbox(1))",
        "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![picture](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![picture](javascript:alert(1))",
        "[x](https://example.org/\" onmouseover=\"alert(1))",
        "<https://example.org/\" onmouseover=\"alert(1)>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"#\" onclick=\"x()\">click</a>",
        "<a href=\"&#106;avascript:alert(1)\">click</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<svg onload=alert(1)><circle r=\"4\"/></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<details open ontoggle=alert(1)>x</details>",
        "<div style=\"background:url(javascript:alert(1))\">styled</div>",
        "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
        "<form action=\"https://evil.example/\"><button formaction=\"javascript:alert(1)\">Go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
        "<base href=\"https://evil.example/\"><link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<style>body { display: none }</style>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;img src=x onerror=alert(1)&#62;",
        "Paragraph\n\n<div>\n<script>alert(1)</script>\n</div>\n\nAfter",
        "```html\n<script>alert(1)</script>\n```",
    })
    void hostile_markdown_never_becomes_executable_markup_on_the_article_page(String body) {
        String title = "Hostile body " + counter.incrementAndGet();
        String path = path(fixtures.publish(article(title).body("Before.\n\n" + body + "\n\nAfter.")));

        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select(".story__body").text()).contains("Before.").contains("After.");
        assertNothingExecutable(page);
        assertNothingExecutable(server.page("/")); // the front page shows the story's standfirst
    }

    @Test
    void raw_html_in_a_story_is_shown_as_the_text_the_journalist_typed() {
        String path = path(fixtures.publish(article("How to embed a script tag")
                .body("Write `<script>` to add a script, like this: <script>alert(1)</script>")));

        Element body = server.page(path).selectFirst(".story__body");
        assertThat(body.select("code").text()).isEqualTo("<script>");
        assertThat(body.text()).contains("like this: <script>alert(1)</script>");
        assertThat(body.select("script")).isEmpty();
    }

    @Test
    void ordinary_markdown_renders_as_headings_emphasis_links_quotes_and_lists() {
        String path = path(fixtures.publish(article("The council's week in review").body("""
                ## What was decided

                Councillors agreed, *after a long night*, to **rename the street**. Read [the full minutes](https://example.org/minutes).

                > It is a vote about whether a man who signed death lists deserves a street.

                ### Who voted how

                - 24 in favour
                - 17 against

                1. The motion was tabled.
                2. The motion passed.

                See [our earlier report](/2026/11/24/council-votes/) and [the notes below](#notes), or [write to us](mailto:desk@example.org).
                """)));

        Element body = server.page(path).selectFirst(".story__body");
        assertThat(body.select("h2").text()).isEqualTo("What was decided");
        assertThat(body.select("h3").text()).isEqualTo("Who voted how");
        assertThat(body.select("em").text()).isEqualTo("after a long night");
        assertThat(body.select("strong").text()).isEqualTo("rename the street");
        assertThat(body.select("a[href=https://example.org/minutes]").text()).isEqualTo("the full minutes");
        assertThat(body.select("blockquote").text()).startsWith("It is a vote about whether");
        assertThat(body.select("ul > li").eachText()).containsExactly("24 in favour", "17 against");
        assertThat(body.select("ol > li").eachText()).containsExactly("The motion was tabled.", "The motion passed.");
        assertThat(body.select("a").eachAttr("href")).containsExactly("https://example.org/minutes",
                "/2026/11/24/council-votes/", "#notes", "mailto:desk@example.org");
    }

    @Test
    void markup_in_headline_standfirst_caption_credit_notes_names_and_tags_is_shown_as_text() {
        String title = "Mayor says \"no\" to the <b>bold</b> plan & <script>alert(1)</script>";
        String dek = "A \"quoted\" <i>standfirst</i> with <img src=x onerror=alert(1)>";
        Image image = server.newsroom.media.add(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB),
                "Alt \"text\" <b>bold</b>", "Caption with <b>bold</b> and \"quotes\"", "Credit <i>Agency</i> \"Photo\"");
        fixtures.reporter("Zoë \"<i>Zed</i>\" Writer");
        fixtures.section("hostile", "Section <b>bold</b>", null);
        String path = path(fixtures.publish(article(title).dek(dek).image(image.id()).authors("zoe-i-zed-i-writer")
                .sections("hostile").tags("<b>tagged</b>").editor("Ed <b>Itor</b>").notes("<b>Correction:</b> \"fixed\"")));

        Document page = server.page(path);
        assertThat(page.select("h1.story__headline").text()).isEqualTo(title);
        assertThat(page.title()).startsWith(title);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
        assertThat(page.select(".story__dek").text()).isEqualTo(dek);
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(dek);
        assertThat(page.select("figure img").attr("alt")).isEqualTo("Alt \"text\" <b>bold</b>");
        assertThat(page.select(".story__caption").text()).isEqualTo("Caption with <b>bold</b> and \"quotes\"");
        assertThat(page.select(".story__credit").text()).endsWith("Credit <i>Agency</i> \"Photo\""); // after a hidden "Credit:"
        assertThat(page.select(".story__byline").text()).isEqualTo("By Zoë \"<i>Zed</i>\" Writer");
        assertThat(page.select(".story__sections a").text()).isEqualTo("Section <b>bold</b>");
        assertThat(page.select(".story__tags a").text()).isEqualTo("<b>tagged</b>");
        assertThat(page.select(".story__editor").text()).isEqualTo("Edited by: Ed <b>Itor</b>");
        assertThat(page.select(".story__notes p").text()).isEqualTo("<b>Correction:</b> \"fixed\"");
        assertThat(page.select("b, i")).isEmpty();
        assertThat(page.select("img").stream().filter(img -> !img.parent().hasClass("story__figure")).toList()).isEmpty();
        assertNothingExecutable(page);

        Document home = server.page("/");
        assertThat(home.select(".teaser__headline a[href=\"" + path + "\"]").eachText()).contains(title);
        assertThat(home.select("b, i")).isEmpty();
        assertNothingExecutable(home);
    }

    @Test
    void a_headline_that_closes_the_script_element_stays_inside_the_structured_data() throws IOException {
        String title = "Why </script><script>alert(1)</script> & <!-- matter";
        String path = path(fixtures.publish(article(title).dek("</SCRIPT> in the standfirst too")));

        HttpResponse<String> response = server.get(path);
        assertThat(response.body()).contains("\\u003c/script\\u003e").doesNotContain("</script><script>alert(1)");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script:not([src^=/assets/])")).hasSize(1); // the structured data, nothing more
        JsonNode data = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(data.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(data.get("headline").asText()).isEqualTo(title);
        assertThat(data.get("description").asText()).isEqualTo("</SCRIPT> in the standfirst too");
        assertNothingExecutable(page);
    }

    /**
     * No script but the page's own (its structured data, the site's fingerprinted assets), no event handlers, no
     * script or data URLs, no embeds; no forms in the story or its teasers, and the site's own forms post only to it.
     */
    private static void assertNothingExecutable(Document page) {
        assertThat(page.select("script").stream().filter(s -> !isOwnScript(s)).toList()).as("script elements").isEmpty();
        assertThat(page.select("iframe, frame, object, embed, applet, svg, math, style, base, body meta, body link, "
                + "[style], [srcdoc]")).as("active elements").isEmpty();
        assertThat(page.select("article.story, .teaser").select("form, button, input, textarea, select"))
                .as("form elements inside the story").isEmpty();
        assertThat(page.select("form").eachAttr("action")).as("form actions").allMatch(MarkdownSanitisingTest::isOwnPath);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (List.of("href", "src", "action", "formaction", "data", "xlink:href", "srcset", "poster").contains(name)) {
                    assertThat(value).as("%s of <%s>", name, element.tagName())
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
                }
            }
        }
    }

    private static boolean isOwnScript(Element script) {
        boolean structuredData = script.parent().nameIs("head") && script.attr("type").equals("application/ld+json");
        return structuredData || script.data().isBlank() && script.attr("src").matches("/assets/[\\w.-]+\\.js");
    }

    private static boolean isOwnPath(String url) {
        return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
    }

    private static String path(long id) {
        return server.newsroom.articles.story(id).map(Story::path).orElseThrow();
    }
}
