package org.masthead.moderation.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void dodges_fold_to_the_plain_word() {
        assertThat(TextFolding.fold("F*CK")).isEqualTo(TextFolding.fold("f#ck"));
        assertThat(TextFolding.fold("a$$hole")).isEqualTo("ashole"); // double letters are made single
        assertThat(TextFolding.fold("1d10t")).isEqualTo(TextFolding.fold("idiot"));
        assertThat(TextFolding.fold("sh!t")).isEqualTo(TextFolding.fold("shit"));
        assertThat(TextFolding.fold("stuuuupid")).isEqualTo(TextFolding.fold("stupid"));
        assertThat(TextFolding.fold("k i l l him")).isEqualTo(TextFolding.fold("kill him"));
        assertThat(TextFolding.fold("k.i.l.l him")).isEqualTo(TextFolding.fold("kill him"));
        assertThat(TextFolding.fold("Café DÉJÀ")).isEqualTo("cafe deja");
    }

    @Test
    void latin_look_alikes_in_a_cyrillic_word_become_cyrillic_and_the_reverse() {
        assertThat(TextFolding.fold("сyка")).isEqualTo(TextFolding.fold("сука")); // Latin y in a Cyrillic word
        assertThat(TextFolding.fold("idiоt")).isEqualTo(TextFolding.fold("idiot")); // Cyrillic о in a Latin word
        assertThat(TextFolding.fold("Ёлка ЙОД їжак")).isEqualTo("елка иод іжак");
    }

    @Test
    void punctuation_and_numbers_keep_their_meaning() {
        assertThat(TextFolding.fold("You idiot!")).isEqualTo("you idiot");
        assertThat(TextFolding.fold("*italic* text")).isEqualTo("italic text");
        assertThat(TextFolding.fold("It cost $100 in 2024.")).isEqualTo("it cost 0 in 0");
        assertThat(TextFolding.fold("  ")).isEmpty();
        assertThat(TextFolding.fold(null)).isEmpty();
    }
}
