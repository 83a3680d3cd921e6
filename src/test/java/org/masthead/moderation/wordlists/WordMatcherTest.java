package org.masthead.moderation.wordlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped lists matched as whole words after normalisation, with each match's place in the original text. */
class WordMatcherTest {
    private static final WordMatcher SHIPPED = new WordMatcher(WordLists.shipped());

    private static List<String> terms(String text) {
        return SHIPPED.find(text).stream().map(h -> h.entry().term()).toList();
    }

    private static List<String> found(String text) {
        return SHIPPED.find(text).stream().map(Hit::found).toList();
    }

    @Test
    void matches_whole_words_only() {
        WordMatcher press = new WordMatcher(List.of(new Entry("press", Entry.Kind.SUSPECT, "spam", "en")));
        assertThat(press.find("Built with WordPress and pressure")).isEmpty();
        assertThat(press.find("Stop the PRESS!")).extracting(Hit::found).containsExactly("PRESS");
        assertThat(terms("Scunthorpe United, a shitake risotto, a class assistant")).isEmpty();
        assertThat(terms("What the fuck")).containsExactly("fuck*");
    }

    @Test
    void stems_match_the_words_they_begin_and_phrases_match_across_punctuation() {
        assertThat(terms("You idiots.")).containsExactly("idiot*");
        assertThat(terms("They should be SHOT, all of them")).containsExactly("should be shot");
        assertThat(terms("I'll kill you")).contains("i'll kill you");
        assertThat(terms("This law will kill small businesses")).isEmpty();
        assertThat(terms("The prisoners were executed at dawn, the report says")).isEmpty();
    }

    @Test
    void folds_case_and_diacritics_in_latin_and_cyrillic() {
        assertThat(terms("ИДИОТ")).containsExactly("идиот*");
        assertThat(terms("Ёбаный стыд")).containsExactly("ебан*");
        assertThat(terms("Ти ЇБАНИЙ")).containsExactly("їбан*");
        assertThat(terms("fück thät")).containsExactly("fuck*");
        assertThat(terms("ｆｕｃｋ")).containsExactly("fuck*");
    }

    @Test
    void reads_look_alike_letters_of_the_other_script() {
        assertThat(found("ты дурaк")).containsExactly("дурaк"); // Latin a
        assertThat(found("what an іdіot")).containsExactly("іdіot"); // Cyrillic і
        assertThat(found("МРАЗЬ, mpaзь")).containsExactly("МРАЗЬ", "mpaзь");
    }

    @Test
    void reads_leetspeak_masks_stretching_and_spaced_out_letters() {
        assertThat(found("you 1d10t!")).containsExactly("1d10t");
        assertThat(found("what a$$hole, what an @sshole")).containsExactly("a$$hole", "@sshole");
        assertThat(found("$hit happens, sh!t")).containsExactly("$hit", "sh!t");
        assertThat(found("f*ck this, f**k that, f*cking hell")).containsExactly("f*ck", "f**k", "f*cking");
        assertThat(found("fuuuuuck, idiooooot, shiiiiit")).containsExactly("fuuuuuck", "idiooooot", "shiiiiit");
        assertThat(found("f u c k and f.u.c.k and i-d-i-o-t")).containsExactly("f u c k", "f.u.c.k", "i-d-i-o-t");
        assertThat(found("с у к а")).containsExactly("с у к а");
        assertThat(found("опять ж!ды, знову п!дор")).containsOnly("ж!ды", "п!дор"); // "п!дор" is on both lists
        assertThat(found("Stop! Now!")).isEmpty();
        assertThat(found("in 2024 and 1000 times")).isEmpty();
    }

    @Test
    void a_run_of_masks_may_stand_for_several_letters_and_a_mask_for_the_first_one() {
        assertThat(found("f*k this and f**king that")).containsOnly("f*k", "f**king"); // "f*k" is "fuk" and "fck" too
        assertThat(terms("f*king hell")).containsExactly("fuck*");
        assertThat(terms("sh*t show")).containsExactly("shit");
        assertThat(found("*uck it, what an @sshole, *hole")).containsExactly("*uck", "@sshole");
        assertThat(found("**ck the lot of them")).containsExactly("**ck");
        assertThat(terms("*uck")).containsExactly("fuck*");
        // Emphasis is not a mask; nor are lone asterisks, footnote marks or arithmetic.
        assertThat(found("That is *not* what I *said*, and it *hit* home.")).isEmpty();
        assertThat(found("The budget* rose 2*3 times; a*b, **** and * notes")).isEmpty();
    }

    @Test
    void a_word_split_in_two_by_a_space_is_read_as_one_unless_both_halves_are_ordinary_words() {
        assertThat(found("fu ck this council")).containsExactly("fu ck");
        // Joined, "who represents" begins "whore*"; but a stem must take a split word up to a short ending.
        assertThat(found("the councillor who represents us, who reports to whom")).isEmpty();
        assertThat(found("what a sh it show")).containsExactly("sh it");
        assertThat(found("you as shole")).containsExactly("as shole");
        assertThat(terms("fu cking hell")).containsExactly("fuck*");
        assertThat(found("с ука")).containsExactly("с ука");
        // Two ordinary words stay two words: nothing here is an entry.
        assertThat(found("as she said, let's hit them where it hurts, he is as hit as any")).isEmpty();
        assertThat(found("I can't, it's pen is mightier")).isEmpty();
    }

    @Test
    void offsets_point_into_the_original_text_whatever_came_before() {
        String text = "Ёж 🌉 said: «you are an 1d10t» — sic";
        Hit hit = SHIPPED.find(text).get(0);
        assertThat(text.substring(hit.start(), hit.end())).isEqualTo("1d10t");
    }

    @Test
    void fifty_thousand_entries_are_all_found_and_benign_text_still_matches_nothing() {
        List<Entry> big = new ArrayList<>(WordLists.shipped());
        List<String> generated = generatedWords(50_000);
        for (String w : generated) big.add(new Entry(w, Entry.Kind.SUSPECT, "spam", "en"));
        WordMatcher matcher = new WordMatcher(big);
        assertThat(matcher.size()).isGreaterThanOrEqualTo(50_000);

        for (int i = 0; i < generated.size(); i += 997) {
            String word = generated.get(i);
            assertThat(matcher.find("so " + word + " it is")).extracting(Hit::found).contains(word);
        }
        assertThat(matcher.find("The council met on Tuesday to discuss the bridge and the budget.")).isEmpty();
        assertThat(matcher.find("you 1d10t")).extracting(h -> h.entry().term()).containsExactly("idiot*");
    }

    /** Made-up words of eight letters that are no English or Slavic word (qz... never starts one). */
    static List<String> generatedWords(int count) {
        List<String> words = new ArrayList<>(count);
        String letters = "bdfghknprstvwz";
        for (int i = 0; words.size() < count; i++) {
            StringBuilder b = new StringBuilder("qz");
            int n = i;
            for (int k = 0; k < 6; k++) {
                b.append(letters.charAt(n % letters.length()));
                n /= letters.length();
            }
            words.add(b.toString());
        }
        return words;
    }
}
