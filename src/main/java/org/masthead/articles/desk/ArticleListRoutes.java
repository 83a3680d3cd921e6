package org.masthead.articles.desk;

import static io.javalin.apibuilder.ApiBuilder.get;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import org.masthead.accounts.Permission;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.ArticleIndex;
import org.masthead.articles.Page;
import org.masthead.taxonomy.Section;
import org.masthead.taxonomy.Taxonomy;
import org.masthead.web.BadInput;
import org.masthead.web.DeskTools;
import org.masthead.web.Paging;

/** The desk's list of articles: filter by status, section and author, search by headline. */
public final class ArticleListRoutes implements EndpointGroup {
    private static final int PAGE_SIZE = 25;
    private final ArticleIndex index;
    private final Taxonomy taxonomy;
    private final Staff staff;
    private final DeskTools desk;

    public ArticleListRoutes(ArticleIndex index, Taxonomy taxonomy, Staff staff, DeskTools desk) {
        this.index = index;
        this.taxonomy = taxonomy;
        this.staff = staff;
        this.desk = desk;
    }

    @Override
    public void addEndpoints() {
        get("/desk/articles/", this::list);
    }

    private void list(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.WRITE_DRAFTS);
        String status = param(ctx, "status");
        if (!status.isEmpty() && !ArticleListPage.STATUSES.contains(status)) throw new BadInput("There is no status '" + status + "'.");
        String sectionSlug = param(ctx, "section");
        long sectionId = sectionSlug.isEmpty() ? 0 : taxonomy.section(sectionSlug).map(Section::id)
                .orElseThrow(() -> new BadInput("There is no section '" + sectionSlug + "'."));
        String authorSlug = param(ctx, "author");
        var writers = staff.writers();
        long authorId = authorSlug.isEmpty() ? 0 : writers.stream().filter(w -> w.slug().equals(authorSlug))
                .map(StaffMember::id).findFirst().orElseThrow(() -> new BadInput("There is no author '" + authorSlug + "'."));
        String query = param(ctx, "q");
        if (query.length() > 200) throw new BadInput("Search for at most 200 characters.");
        int number = Paging.page(ctx);
        Page<ArticleIndex.Entry> articles = index.find(new ArticleIndex.Filter(status, sectionId, authorId, query), number, PAGE_SIZE);
        Paging.requireExists(number, articles.lastPage());
        desk.send(ctx, 200, "articles/desk/list.jte", new ArticleListPage(desk.frame(ctx, me, "Articles"), articles, status,
                sectionSlug, authorSlug, query, taxonomy.sections(), writers));
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}
