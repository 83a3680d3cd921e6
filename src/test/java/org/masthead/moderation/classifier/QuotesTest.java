package org.masthead.moderation.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {
    @Test
    void quoted_words_are_set_apart_from_the_comments_own() {
        Quotes q = Quotes.split("Writing that a politician \"should be shot\" is a crime.");
        assertThat(q.quoted()).isEqualTo("should be shot");
        assertThat(q.own()).doesNotContain("shot").contains("politician", "quote", "crime");
    }

    @Test
    void typographic_quotes_and_guillemets_count_too() {
        assertThat(Quotes.split("He wrote “hang them” and «повесить» twice.").quoted()).isEqualTo("hang them повесить");
    }

    @Test
    void an_unclosed_mark_and_apostrophes_quote_nothing() {
        Quotes q = Quotes.split("I'd say \"kill the mayor and don't stop");
        assertThat(q.quoted()).isEmpty();
        assertThat(q.own()).isEqualTo("I'd say \"kill the mayor and don't stop");
    }
}
