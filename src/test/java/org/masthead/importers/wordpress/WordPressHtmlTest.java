package org.masthead.importers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pieces of WordPress markup the importer rewrites, and the serialized meta it reads. */
class WordPressHtmlTest {
    @Test
    void a_caption_shortcode_becomes_a_figure_and_blank_lines_become_paragraphs() {
        String html = WordPressHtml.body("""
                First line
                second line

                [caption id="attachment_7" align="aligncenter" width="640"]<img class="size-full wp-image-7" src="http://old.example/a.jpg" alt="A quay" /> The quay at dawn[/caption]

                <!--more-->
                Last.""", id -> id == 7 ? "/media/abc-480.jpg" : null);
        assertThat(html.replaceAll("\\s*\\n\\s*", "")).isEqualTo("<p>First line<br>second line</p>"
                + "<figure><img src=\"/media/abc-480.jpg\" alt=\"A quay\"><figcaption>The quay at dawn</figcaption></figure>"
                + "<p>Last.</p>");
    }

    @Test
    void block_comments_go_and_pictures_not_copied_become_links() {
        String html = WordPressHtml.body("""
                <!-- wp:image {"id":9} -->
                <figure class="wp-block-image"><img src="http://old.example/b.jpg" alt="Chart" class="wp-image-9"/></figure>
                <!-- /wp:image -->""", id -> null);
        assertThat(html).doesNotContain("wp:", "<img").contains("<a href=\"http://old.example/b.jpg\">Chart</a>");
    }

    @Test
    void imported_html_is_written_as_markdown_for_the_editor() {
        String markdown = MarkdownOf.html("<h2>Title</h2><p>Plain <em>soft</em> and <strong>bold</strong>, "
                + "a <a href=\"https://example.org/x\">link</a> and a * star</p><ul><li>one</li><li>two</li></ul>"
                + "<blockquote><p>Quoted</p></blockquote><figure><img src=\"/media/k-480.jpg\" alt=\"Quay\">"
                + "<figcaption>Dawn</figcaption></figure>");
        assertThat(markdown).isEqualTo("""
                ## Title

                Plain *soft* and **bold**, a [link](https://example.org/x) and a \\* star

                - one
                - two

                > Quoted

                ![Quay](/media/k-480.jpg)

                *Dawn*
                """);
    }

    @Test
    void serialized_meta_is_read_without_running_anything() {
        String meta = "a:2:{s:5:\"width\";i:640;s:10:\"image_meta\";a:2:{s:6:\"credit\";s:10:\"Ana Kovač\";"
                + "s:7:\"caption\";s:0:\"\";}}";
        assertThat(PhpSerialized.string(meta, "image_meta", "credit")).hasValue("Ana Kovač");
        assertThat(PhpSerialized.parse(meta).orElseThrow()).isInstanceOf(Map.class);
        assertThat(PhpSerialized.parse("O:8:\"Evil\\Cls\":1:{s:1:\"x\";s:1:\"y\";}")).isPresent();
        assertThat(PhpSerialized.parse("a:99999999:{")).isEmpty();
        assertThat(PhpSerialized.parse("s:50:\"short\";")).isEmpty();
        assertThat(PhpSerialized.parse("not serialized")).isEmpty();
    }
}
