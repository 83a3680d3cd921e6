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

        lists.remove("grifter*", Entry.Kind.SUSPECT);
        assertThat(lists.matcher().find("the grifters again")).isEmpty();
        lists.remove("idiot*", Entry.Kind.SUSPECT);
        assertThat(lists.matcher().find("you idiot")).isEmpty();
    }

    @Test
    void a_term_already_listed_is_refused_naming_where_it_is_whatever_its_case_and_spacing() {
        int before = lists.entries().size();
        assertThatThrownBy(() -> lists.add(" Should   BE shot ", Entry.Kind.SUSPECT, "threat", "en"))
                .isInstanceOf(BadInput.class).hasMessage("'should be shot' is already on the blocked list (threat).");
        assertThatThrownBy(() -> lists.add("ИДИОТ*", Entry.Kind.SUSPECT, "insult", "ru"))
                .isInstanceOf(BadInput.class).hasMessageContaining("already on the suspect list");
        assertThat(lists.entries()).hasSize(before);
    }

    @Test
    void pages_through_the_entries_by_list_language_category_and_text() {
        EntryPage first = lists.page(EntryFilter.all(), 1, 50);
        assertThat(first.entries()).hasSize(50);
        assertThat(first.total()).isEqualTo(lists.entries().size()).isGreaterThan(300);
        assertThat(first.entries()).extracting(Entry::term).isSorted();
        EntryPage last = lists.page(EntryFilter.all(), (first.total() + 49) / 50, 50);
        assertThat(last.entries()).hasSize(first.total() % 50 == 0 ? 50 : first.total() % 50);

        EntryPage idiots = lists.page(new EntryFilter(null, "", "", "idiot"), 1, 50);
        assertThat(idiots.entries()).extracting(Entry::term).contains("idiot*").allMatch(t -> t.contains("idiot"));
        EntryPage russianThreats = lists.page(new EntryFilter(Entry.Kind.BLOCKED, "ru", "threat", ""), 1, 500);
        assertThat(russianThreats.entries()).isNotEmpty().allMatch(e -> e.kind() == Entry.Kind.BLOCKED
                && e.language().equals("ru") && e.category().equals("threat"));
        // LIKE's own wildcards are searched for as text
        assertThat(lists.page(new EntryFilter(null, "", "", "%"), 1, 50).total()).isZero();
        assertThat(lists.page(new EntryFilter(null, "", "", "_"), 1, 50).total()).isZero();
    }

    @Test
    void bad_entries_are_refused_with_a_reason() {
        assertThatThrownBy(() -> lists.add("", Entry.Kind.BLOCKED, "slur", "en")).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> lists.add("x".repeat(201), Entry.Kind.BLOCKED, "slur", "en"))
                .isInstanceOf(BadInput.class).hasMessageContaining("at most 200 characters");
        assertThatThrownBy(() -> lists.add("word", Entry.Kind.BLOCKED, "slur", "de"))
                .isInstanceOf(BadInput.class).hasMessage("Please choose a language: en, ru, uk.");
        assertThatThrownBy(() -> lists.add("word", Entry.Kind.BLOCKED, "rude", "en"))
                .isInstanceOf(BadInput.class).hasMessageContaining("category");
        assertThatThrownBy(() -> lists.add("?!", Entry.Kind.BLOCKED, "slur", "en"))
                .isInstanceOf(BadInput.class).hasMessageContaining("no letters");
        assertThatThrownBy(() -> lists.add("ab*", Entry.Kind.BLOCKED, "slur", "en")).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> lists.remove("never listed", Entry.Kind.SUSPECT))
                .isInstanceOf(BadInput.class).hasMessageContaining("not on the suspect list");
    }
}
