package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CommentTextTest {
    private static String html(String text) {
        return CommentText.toHtml(text).html().replace("\n", "");
    }

    @Test
    void light_formatting_becomes_a_few_safe_elements() {
        assertThat(html("*history*, **not** erasure\n\n> quoted"))
                .isEqualTo("<p><em>history</em>, <strong>not</strong> erasure</p><blockquote><p>quoted</p></blockquote>");
    }

    @Test
    void absolute_web_links_keep_their_address_and_get_nofollow() {
        assertThat(html("[map](https://example.org/map)"))
                .isEqualTo("<p><a href=\"https://example.org/map\" rel=\"nofollow ugc noopener\">map</a></p>");
    }

    @Test
    void links_that_are_not_absolute_web_addresses_lose_their_address_rather_than_point_anywhere() {
        for (String text : new String[] {"[x](java&#115;cript:alert(1))", "[x](/relative/path)", "[x](data:text/html,hi)",
            "[x](mailto:a@example.org)", "[x]()"}) {
            assertThat(html(text)).as(text).isEqualTo("<p><a rel=\"nofollow ugc noopener\">x</a></p>");
        }
    }

    @Test
    void html_in_stored_comments_is_cleaned_again_on_the_way_out() {
        assertThat(CommentText.fromStored("<p onclick=\"x()\">hi<script>alert(1)</script><img src=x></p>").html())
                .isEqualTo("<p>hi</p>");
    }

    @Test
    void a_plain_paragraph_is_stored_exactly_as_the_parser_and_sanitizer_would_write_it() {
        for (String text : new String[] {"The tram is late again.", "  Leading and trailing spaces  ",
            "Дякую за статтю, але де цифри?", "\"Quoted\" words, 'single' ones, and it's fine (mostly).",
            "Costs rose 40% to $3,000 or €2.5m — per year – maybe?", "Mail me at a@example.org / or not",
            "Two  spaces   inside", "O'Brien’s “smart” quotes"}) {
            assertThat(CommentText.storedHtml(text)).as(text).isEqualTo(CommentText.toHtml(text).html());
        }
    }

    @Test
    void random_texts_get_the_same_stored_html_by_either_way() {
        // Mostly words (so that many take the direct way), with now and then a character that Markdown or HTML
        // gives a meaning to, or a space, tab or line break where it matters.
        String plain = "abcXYZ жЖїЄ éß 0123456789 .,;:?'\"()/%@$€£‘’“”–—-";
        String special = "*_`[]<>&#+=~|!\\\n\t    1.";
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int j = 0; j < length; j++) {
                String from = random.nextInt(12) == 0 ? special : plain;
                text.append(from.charAt(random.nextInt(from.length())));
            }
            String t = text.toString();
            if (t.isBlank()) continue;
            assertThat(CommentText.storedHtml(t)).as("%s", t).isEqualTo(CommentText.toHtml(t).html());
        }
    }

    @Test
    void markdown_and_markup_still_go_through_the_parser_and_the_sanitizer() {
        assertThat(CommentText.storedHtml("1. not a list?")).isEqualTo(CommentText.toHtml("1. not a list?").html());
        assertThat(CommentText.storedHtml("Hello <b>you</b>")).isEqualTo("<p>Hello &lt;b&gt;you&lt;/b&gt;</p>\n");
        assertThat(CommentText.storedHtml("**bold** claim")).isEqualTo("<p><strong>bold</strong> claim</p>\n");
    }
}
