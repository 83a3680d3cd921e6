package org.masthead.accounts;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.Set;
import org.masthead.articles.ArticleLists;
import org.masthead.articles.ListPage;
import org.masthead.articles.Listing;
import org.masthead.articles.Page;
import org.masthead.articles.Teaser;
import org.masthead.web.BadInput;
import org.masthead.web.Frames;
import org.masthead.web.Meta;
import org.masthead.web.PageCache;
import org.masthead.web.Paging;
import org.masthead.web.Rendered;
import org.masthead.web.Templates;

/** Author pages: a journalist's byline, bio and stories (/author/mara-voss/). */
public final class AuthorRoutes implements EndpointGroup {
    private static final int PAGE_SIZE = 12;
    private final Staff staff;
    private final ArticleLists lists;
    private final Frames frames;
    private final Templates templates;
    private final PageCache cache;

    public AuthorRoutes(Staff staff, ArticleLists lists, Frames frames, Templates templates, PageCache cache) {
        this.staff = staff;
        this.lists = lists;
        this.frames = frames;
        this.templates = templates;
        this.cache = cache;
    }

    @Override
    public void addEndpoints() {
        cache.page("/author/{slug}/", this::author);
    }

    private Rendered author(Context ctx) {
        StaffMember author = staff.bySlug(ctx.pathParam("slug"))
                .orElseThrow(() -> new BadInput(404, "There is no such author here."));
        int number = Paging.page(ctx);
        Page<Teaser> stories = lists.page(Listing.author(author.id()), number, PAGE_SIZE);
        Paging.requireExists(number, stories.lastPage());
        String path = "/author/" + author.slug() + "/";
        String description = author.bio().isEmpty() ? "Stories by " + author.name() + "." : author.bio();
        Meta meta = Meta.page(author.name(), description, path).withFeeds(author.name(), path);
        ListPage page = new ListPage(frames.of(meta), "Author", author.name(), author.bio(), stories, path);
        return Rendered.html(templates.render("articles/list.jte", "page", page), Set.of("author:" + author.id()));
    }
}
