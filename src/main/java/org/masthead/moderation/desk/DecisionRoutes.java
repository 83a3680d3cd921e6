package org.masthead.moderation.desk;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.Articles;
import org.masthead.comments.CommentRow;
import org.masthead.comments.CommentThreads;
import org.masthead.comments.CommenterCookies;
import org.masthead.comments.Comments;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;
import org.masthead.web.Frames;
import org.masthead.web.Meta;
import org.masthead.web.PrivatePage;
import org.masthead.web.Templates;

/**
 * The author's side of a rejection: the statement of reasons on their own view of the comment, and the form that
 * asks for a second look. Only the author may see it: from the browser that wrote the comment (its owner cookie),
 * or through the keyed link in the mail that told them.
 */
public final class DecisionRoutes implements EndpointGroup {
    private final ModerationDesk desk;
    private final Comments comments;
    private final CommentThreads threads;
    private final Articles articles;
    private final Frames frames;
    private final Templates templates;

    public DecisionRoutes(ModerationDesk desk, Comments comments, CommentThreads threads, Articles articles,
            Frames frames, Templates templates) {
        this.desk = desk;
        this.comments = comments;
        this.threads = threads;
        this.articles = articles;
        this.frames = frames;
        this.templates = templates;
    }

    @Override
    public void addEndpoints() {
        get("/comments/{id}/decision/", ctx -> show(ctx, ownersComment(ctx), null, "", 200));
        post("/comments/{id}/decision/", ctx -> appeal(ctx, ownersComment(ctx)));
        get("/comments/{id}/decision/{token}/", ctx -> show(ctx, linkedComment(ctx), null, "", 200));
        post("/comments/{id}/decision/{token}/", ctx -> appeal(ctx, linkedComment(ctx)));
    }

    private void appeal(Context ctx, long id) {
        String text = Forms.parse(ctx).getOrDefault("text", "");
        try {
            desk.appeal(id, text);
        } catch (BadInput refused) {
            if (refused.status() == 404) throw refused;
            show(ctx, id, refused.getMessage(), text, refused.status());
            return;
        }
        ctx.redirect(ctx.path(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, long id, String error, String text, int status) {
        Statement statement = desk.statement(id).orElseThrow(() -> new BadInput(404, "There is no such comment."));
        CommentRow row = statement.comment();
        ArticleRef article = articles.ref(row.articleId()).orElseThrow(() -> new BadInput(404, "There is no such comment."));
        String title = "Your comment was not published";
        var page = new DecisionPage(frames.of(Meta.page(title, title, "/").hideFromSearch()), statement,
                threads.preview(row), article, ctx.path(), error, text);
        PrivatePage.send(ctx, status, templates.render("moderation/decision.jte", "page", page));
    }

    private long ownersComment(Context ctx) {
        long id = id(ctx);
        CommentRow row = comments.find(id);
        if (!comments.ownedBy(row, CommenterCookies.existingOwnerKey(ctx))) {
            throw new BadInput(404, "There is no such comment.");
        }
        return id;
    }

    private long linkedComment(Context ctx) {
        long id = id(ctx);
        if (!desk.statements().genuine(id, ctx.pathParam("token"))) throw new BadInput(404, "This link is not valid.");
        return id;
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        if (!text.matches("[0-9]{1,18}")) throw new BadInput(404, "There is no such comment.");
        return Long.parseLong(text);
    }
}
