package org.masthead.articles.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.ArticlePage;
import org.masthead.articles.Articles;
import org.masthead.articles.CommentsMode;
import org.masthead.articles.PreviewLinks;
import org.masthead.articles.Story;
import org.masthead.comments.CommentSection;
import org.masthead.comments.CommentSort;
import org.masthead.web.BadInput;
import org.masthead.web.DeskTools;
import org.masthead.web.Frames;
import org.masthead.web.Meta;
import org.masthead.web.PrivatePage;

/**
 * An unpublished article as readers will see it: rendered by the public article template itself, for signed-in
 * staff and, through a private link, for anyone holding the link until it is revoked. Never cached, never indexed.
 */
public final class PreviewRoutes implements EndpointGroup {
    private final Articles articles;
    private final PreviewLinks links;
    private final Frames frames;
    private final DeskTools desk;
    private final Clock clock;

    public PreviewRoutes(Articles articles, PreviewLinks links, Frames frames, DeskTools desk, Clock clock) {
        this.articles = articles;
        this.links = links;
        this.frames = frames;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public void addEndpoints() {
        get("/desk/articles/{id}/preview/", this::deskPreview);
        post("/desk/articles/{id}/preview-links/", this::createLink);
        post("/desk/articles/{id}/preview-links/{link}/revoke/", this::revoke);
        get("/preview/{token}/", this::linkPreview);
    }

    private void deskPreview(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.WRITE_DRAFTS);
        show(ctx, editable(me, ArticleDeskRoutes.id(ctx)));
    }

    private void linkPreview(Context ctx) {
        long id = links.articleFor(ctx.pathParam("token"))
                .orElseThrow(() -> new BadInput(404, "This preview link does not exist or has been revoked."));
        show(ctx, articles.story(id).orElseThrow(() -> new BadInput(404, "The article is gone.")));
    }

    private void createLink(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.WRITE_DRAFTS);
        Story story = editable(me, ArticleDeskRoutes.id(ctx));
        String token = links.create(story.id(), me);
        desk.audit().record(me, "preview-link.create", "article:" + story.id(), story.title());
        // The token is known only now: show it on this page instead of redirecting to one that could not.
        desk.send(ctx, 201, "articles/desk/preview-link.jte",
                new PreviewLinkPage(desk.frame(ctx, me, "Preview link"), story, frames.baseUrl() + "/preview/" + token + "/"));
    }

    private void revoke(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.WRITE_DRAFTS);
        Story story = editable(me, ArticleDeskRoutes.id(ctx));
        String link = ctx.pathParam("link");
        if (!link.matches("[0-9]{1,18}")) throw new BadInput(404, "There is no such preview link.");
        links.revoke(story.id(), Long.parseLong(link));
        desk.audit().record(me, "preview-link.revoke", "article:" + story.id(), "link " + link);
        ctx.redirect("/desk/articles/" + story.id() + "/", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, Story story) {
        // Not yet published: shown with the time it is planned for, or now, as the public page would date it.
        Story dated = story.publishedAt() != null ? story : new Story(story.id(), story.slug(), story.title(), story.dek(),
                story.body(), story.status(), story.language(), story.editorCredit(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), story.updatedAt(), story.image(), story.sections(),
                story.tags(), story.authors(), story.notes(), story.commentsMode());
        Meta meta = new Meta("Preview: " + story.title(), story.dek(), dated.path(), "article", null, null, List.of(), true);
        CommentSection noComments = new CommentSection(story.id(), dated.path(), CommentsMode.HIDDEN, false, null, 0,
                List.of(), CommentSort.OLDEST, 1, 1, 1);
        ArticlePage page = new ArticlePage(frames.of(meta), dated, List.of(), noComments);
        PrivatePage.send(ctx, 200, desk.templates().render("articles/article.jte", "page", page));
    }

    private Story editable(StaffMember me, long id) {
        Story story = articles.story(id).orElseThrow(() -> new BadInput(404, "There is no article " + id + "."));
        EditRules.requireMayEdit(me, story);
        return story;
    }
}
