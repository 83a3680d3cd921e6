package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

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
}
