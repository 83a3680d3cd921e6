package org.masthead.moderation.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.masthead.desk.DeskFrame;
import org.masthead.moderation.wordlists.Entry;
import org.masthead.moderation.wordlists.EntryFilter;
import org.masthead.moderation.wordlists.WordLists;
import org.masthead.web.FormState;

/** One page of the word lists as filtered, and the form for a new entry (as typed, with its error, if refused). */
public record WordListsPage(DeskFrame frame, EntryFilter filter, List<Entry> entries, int total, int page, int lastPage,
        FormState form, String notice) {

    public List<String> languages() {
        return WordLists.LANGUAGES;
    }

    public Set<String> categories() {
        return new TreeSet<>(Entry.CATEGORIES);
    }

    public String list() {
        return filter.kind() == null ? "" : filter.kind().id();
    }

    /** This page's address with another page number, filters kept. */
    public String pagePath(int number) {
        List<String> query = new ArrayList<>();
        if (filter.kind() != null) query.add("list=" + filter.kind().id());
        if (!filter.language().isEmpty()) query.add("language=" + filter.language());
        if (!filter.category().isEmpty()) query.add("category=" + filter.category());
        if (!filter.search().isEmpty()) query.add("q=" + ModerationRoutes.encode(filter.search()));
        if (number > 1) query.add("page=" + number);
        return WordListRoutes.PATH + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
