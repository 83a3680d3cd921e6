package org.masthead.articles.desk;

import java.util.List;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.ArticleIndex;
import org.masthead.articles.Page;
import org.masthead.taxonomy.Section;
import org.masthead.desk.DeskFrame;

/** The desk's article list with the filters as chosen; {@code status}, {@code section}, {@code author} may be empty. */
public record ArticleListPage(DeskFrame frame, Page<ArticleIndex.Entry> articles, String status, String section,
        String author, String query, List<Section> sections, List<StaffMember> writers) {

    public static final List<String> STATUSES = List.of("draft", "scheduled", "published", "unpublished");

    /** This list's address on another page, filters kept. */
    public String pagePath(int number) {
        StringBuilder q = new StringBuilder();
        add(q, "status", status);
        add(q, "section", section);
        add(q, "author", author);
        add(q, "q", query);
        if (number > 1) add(q, "page", String.valueOf(number));
        return "/desk/articles/" + (q.isEmpty() ? "" : "?" + q);
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value.isEmpty()) return;
        if (!q.isEmpty()) q.append('&');
        q.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
}
