package org.masthead.moderation.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Map;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.desk.AuditLog;
import org.masthead.desk.DeskAccess;
import org.masthead.desk.DeskPages;
import org.masthead.moderation.wordlists.Entry;
import org.masthead.moderation.wordlists.EntryFilter;
import org.masthead.moderation.wordlists.EntryPage;
import org.masthead.moderation.wordlists.WordLists;
import org.masthead.web.BadInput;
import org.masthead.web.FormState;
import org.masthead.web.Forms;
import org.masthead.web.Paging;

/**
 * The word lists on the desk (/desk/moderation/word-lists/), for editors and admins ({@link Permission#MANAGE_WORD_LISTS}):
 * find entries by list, language, category and text, a page at a time; add one; remove one. A change applies to the
 * next comment (WordLists recompiles its matcher) and is written to the audit log.
 */
public final class WordListRoutes implements EndpointGroup {
    static final String PATH = "/desk/moderation/word-lists/";
    static final int PER_PAGE = 50;

    private final WordLists lists;
    private final DeskAccess access;
    private final DeskPages pages;
    private final AuditLog audit;

    public WordListRoutes(WordLists lists, DeskAccess access, DeskPages pages, AuditLog audit) {
        this.lists = lists;
        this.access = access;
        this.pages = pages;
        this.audit = audit;
    }

    @Override
    public void addEndpoints() {
        get(PATH, this::show);
        post(PATH, this::add);
        post(PATH + "remove/", this::remove);
    }

    private void show(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MANAGE_WORD_LISTS);
        render(ctx, member, 200, FormState.ofValues(Map.of("list", "suspect", "language", "en", "category", "insult")),
                notice(ctx));
    }

    private void add(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MANAGE_WORD_LISTS);
        FormState form = FormState.of(ctx);
        Entry added;
        try {
            added = lists.add(form.value("term"), kind(form.value("list")), form.value("category"), form.value("language"));
        } catch (BadInput refused) {
            if (refused.status() != 400) throw refused;
            // Shown above the form with what was typed kept, so a slip costs nothing.
            render(ctx, member, 400, form.withErrors(Map.of(field(refused.getMessage()), refused.getMessage())), null);
            return;
        }
        audit.record(member, "wordlist.add", added.kind().id() + " list: " + added.term(),
                added.category() + ", " + added.language());
        ctx.redirect(PATH + "?q=" + ModerationRoutes.encode(added.term()) + "&done=added", HttpStatus.SEE_OTHER);
    }

    private void remove(Context ctx) {
        StaffMember member = access.require(ctx, Permission.MANAGE_WORD_LISTS);
        Map<String, String> form = Forms.parse(ctx);
        Entry.Kind kind = kind(form.getOrDefault("list", ""));
        if (kind == null) throw new BadInput("Please say which list to remove the term from: blocked or suspect.");
        String term = form.getOrDefault("term", "");
        lists.remove(term, kind);
        audit.record(member, "wordlist.remove", kind.id() + " list: " + term.strip(), "");
        String back = back(form.getOrDefault("back", ""));
        ctx.redirect(back + (back.contains("?") ? "&" : "?") + "done=removed", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, StaffMember member, int status, FormState form, String notice) {
        EntryFilter filter = filter(ctx);
        int page = Paging.page(ctx);
        EntryPage found = lists.page(filter, page, PER_PAGE);
        int lastPage = Math.max(1, (found.total() + PER_PAGE - 1) / PER_PAGE);
        Paging.requireExists(page, lastPage);
        pages.send(ctx, status, "moderation/word-lists.jte", new WordListsPage(pages.frame(ctx, member, "Word lists"),
                filter, found.entries(), found.total(), page, lastPage, form, notice));
    }

    /** The filter of the query string; a value the page never offers is a 400 naming what it accepts. */
    static EntryFilter filter(Context ctx) {
        String list = param(ctx, "list");
        Entry.Kind kind = list.isEmpty() ? null : kind(list);
        if (!list.isEmpty() && kind == null) throw new BadInput("The list must be blocked or suspect.");
        String language = param(ctx, "language");
        if (!language.isEmpty() && !WordLists.LANGUAGES.contains(language)) {
            throw new BadInput("The language must be one of " + String.join(", ", WordLists.LANGUAGES) + ".");
        }
        String category = param(ctx, "category");
        if (!category.isEmpty() && !Entry.CATEGORIES.contains(category)) {
            throw new BadInput("The category must be profanity, insult, slur, threat or spam.");
        }
        String search = param(ctx, "q");
        if (search.length() > WordLists.MAX_TERM) throw new BadInput("Search for at most " + WordLists.MAX_TERM + " characters.");
        return new EntryFilter(kind, language, category, search);
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Entry.Kind kind(String id) {
        try {
            return id == null || id.isBlank() ? null : Entry.Kind.parse(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Which field a refusal is about, so the page marks that field (the form as a whole otherwise). */
    private static String field(String message) {
        if (message.startsWith("Please choose a category")) return "category";
        if (message.startsWith("Please choose a language")) return "language";
        if (message.startsWith("Please choose a list")) return "list";
        return "term";
    }

    /** Back to the list as it was filtered, never to another site. */
    static String back(String back) {
        boolean safe = back.startsWith(PATH) && back.matches("[A-Za-z0-9/?&=._%+*-]*") && !back.contains("//");
        return safe ? back.replaceAll("[?&]done=[^&]*", "").replaceFirst("^([^?]*)&", "$1?") : PATH;
    }

    private static String notice(Context ctx) {
        return switch (ctx.queryParam("done") == null ? "" : ctx.queryParam("done")) {
            case "added" -> "Added. New comments are checked against it from now on.";
            case "removed" -> "Removed. New comments are no longer held for it.";
            default -> null;
        };
    }
}
