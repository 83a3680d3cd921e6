package org.masthead.moderation.wordlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.ModerationDatabase;
import org.masthead.web.BadInput;

/** The editable lists in the database: shipped once, then added to and removed from, the matcher following at once. */
class WordListsTest {
    private final ModerationDatabase db = new ModerationDatabase();
    private final WordLists lists = db.moderation.wordLists();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_database_starts_with_the_shipped_lists() {
        assertThat(lists.entries()).extracting(Entry::term).contains("idiot*", "идиот*", "ідіот*", "should be shot");
        assertThat(lists.matcher().find("you idiot")).isNotEmpty();
    }

    @Test
    void an_added_term_is_matched_at_once_and_a_removed_one_no_longer() {
        assertThat(lists.matcher().find("the grifters again")).isEmpty();
        lists.add("  grifter* ", Entry.Kind.SUSPECT, "Insult", "en");
        assertThat(lists.matcher().find("the grifters again")).extracting(Hit::found).containsExactly("grifters");
        assertThat(lists.entries()).contains(new Entry("grifter*", Entry.Kind.SUSPECT, "insult", "en"));

        lists.add("grifter*", Entry.Kind.SUSPECT, "spam", "en");
        assertThat(lists.matcher().find("grifters").get(0).entry().category()).isEqualTo("spam");

        lists.remove("grifter*", Entry.Kind.SUSPECT);
        assertThat(lists.matcher().find("the grifters again")).isEmpty();
        lists.remove("idiot*", Entry.Kind.SUSPECT);
        assertThat(lists.matcher().find("you idiot")).isEmpty();
    }

    @Test
    void bad_entries_are_refused_with_a_reason() {
        assertThatThrownBy(() -> lists.add("", Entry.Kind.BLOCKED, "slur", "en")).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> lists.add("word", Entry.Kind.BLOCKED, "rude", "en"))
                .isInstanceOf(BadInput.class).hasMessageContaining("category");
        assertThatThrownBy(() -> lists.add("?!", Entry.Kind.BLOCKED, "slur", "en"))
                .isInstanceOf(BadInput.class).hasMessageContaining("no letters");
        assertThatThrownBy(() -> lists.add("ab*", Entry.Kind.BLOCKED, "slur", "en")).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> lists.remove("never listed", Entry.Kind.SUSPECT))
                .isInstanceOf(BadInput.class).hasMessageContaining("not on the suspect list");
    }
}
