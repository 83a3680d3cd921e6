package org.masthead.moderation.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The word classes the classifier's features are built on, as shipped and as read from a file. */
class WordClassesTest {
    private final WordClasses shipped = WordClasses.bundled();

    private int classOf(String word) {
        return shipped.of(TextFolding.fold(word));
    }

    @Test
    void different_words_for_the_same_thing_share_a_class_in_each_language() {
        assertThat(classOf("lynched")).isNotEqualTo(WordClasses.NONE).isEqualTo(classOf("hanged")).isEqualTo(classOf("assassinate"))
                .isEqualTo(classOf("повесить")).isEqualTo(classOf("застрелити"));
        assertThat(classOf("vermin")).isNotEqualTo(WordClasses.NONE).isEqualTo(classOf("cockroaches")).isEqualTo(classOf("тараканы"));
        assertThat(classOf("migrants")).isNotEqualTo(WordClasses.NONE).isEqualTo(classOf("Roma")).isEqualTo(classOf("мігранти"));
        assertThat(classOf("vermin")).isNotEqualTo(classOf("lynched"));
    }

    @Test
    void a_stem_is_a_word_start_and_a_plain_word_only_itself() {
        assertThat(classOf("killers")).isEqualTo(classOf("kill"));
        assertThat(classOf("kilometre")).isEqualTo(WordClasses.NONE); // "kill" folds to "kil", listed as whole words
        assertThat(classOf("the")).isEqualTo(WordClasses.NONE);
        assertThat(shipped.size()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void a_line_without_a_class_is_refused_with_its_number() {
        String file = "# note\nviolence\thang shoot*\nno class here\n";
        assertThatThrownBy(() -> WordClasses.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3");
    }
}
