package org.masthead.articles.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.Articles;
import org.masthead.articles.LineDiff;
import org.masthead.articles.Revisions;
import org.masthead.articles.Story;
import org.masthead.web.BadInput;
import org.masthead.web.DeskTools;

/** An article's saved revisions: the list, the difference between two, and restoring one. */
public final class RevisionRoutes implements EndpointGroup {
    private final Articles articles;
    private final Revisions revisions;
    private final DeskTools desk;

    public RevisionRoutes(Articles articles, Revisions revisions, DeskTools desk) {
        this.articles = articles;
        this.revisions = revisions;
        this.desk = desk;
    }

    @Override
    public void addEndpoints() {
        get("/desk/articles/{id}/revisions/", this::list);
        post("/desk/articles/{id}/revisions/{number}/restore/", this::restore);
    }

    private void list(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.WRITE_DRAFTS);
        Story story = editable(me, ArticleDeskRoutes.id(ctx));
        List<Revisions.Summary> all = revisions.of(story.id());
        // By default: the latest save against the one before it.
        int to = number(ctx.queryParam("to"), all.isEmpty() ? 0 : all.getFirst().number());
        int from = number(ctx.queryParam("from"), all.size() > 1 ? all.get(1).number() : to);
        List<LineDiff.Line> diff = List.of();
        if (!all.isEmpty()) {
            var older = revisions.find(story.id(), from).orElseThrow(() -> new BadInput(404, "There is no revision " + from + "."));
            var newer = revisions.find(story.id(), to).orElseThrow(() -> new BadInput(404, "There is no revision " + to + "."));
            diff = LineDiff.between(older.bodyMarkdown(), newer.bodyMarkdown());
        }
        boolean mayRestore = !EditRules.isLive(story)
                || EditRules.mayPublish(me, story.authors().stream().map(StaffMember::slug).toList());
        desk.send(ctx, 200, "articles/desk/revisions.jte", new RevisionsPage(desk.frame(ctx, me, "Revisions: " + story.title()), story, all, from, to, diff, mayRestore));
    }

    private void restore(Context ctx) {
        StaffMember me = desk.require(ctx, Permission.WRITE_DRAFTS);
        Story story = editable(me, ArticleDeskRoutes.id(ctx));
        // Restoring a live story changes what readers see: it takes the right to publish it.
        if (EditRules.isLive(story)) EditRules.requireMayPublish(me, story.authors().stream().map(StaffMember::slug).toList());
        int number = number(ctx.pathParam("number"), -1);
        articles.restore(story.id(), number, me);
        desk.audit().record(me, "article.restore", "article:" + story.id(), "revision " + number);
        ctx.redirect("/desk/articles/" + story.id() + "/?done=restore", HttpStatus.SEE_OTHER);
    }

    private Story editable(StaffMember me, long id) {
        Story story = articles.story(id).orElseThrow(() -> new BadInput(404, "There is no article " + id + "."));
        EditRules.requireMayEdit(me, story);
        return story;
    }

    private static int number(String text, int otherwise) {
        if (text == null || text.isEmpty()) return otherwise;
        if (!text.matches("[0-9]{1,9}")) throw new BadInput(404, "There is no revision '" + text + "'.");
        return Integer.parseInt(text);
    }
}
