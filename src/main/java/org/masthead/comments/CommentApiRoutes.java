package org.masthead.comments;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import java.util.Optional;
import java.util.Set;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.Articles;
import org.masthead.articles.CommentsMode;
import org.masthead.web.BadInput;
import org.masthead.web.JsonBody;
import org.masthead.web.Paging;
import org.masthead.web.Templates;

/**
 * The comments JSON API, for the page's script and for apps: read a page of threads, post a comment (through the
 * same moderation as the form, setting the same cookies), and follow new comments live. Errors answer
 * {@code {"error", "code"}} JSON (see web.ApiErrors).
 */
public final class CommentApiRoutes implements EndpointGroup {
    /** Room for the longest allowed comment even if every character arrives as a \\uXXXX escape. */
    private static final int MAX_BODY = 100_000;
    private static final Set<String> FIELDS = Set.of("name", "email", "text", "parentId", "notify");
    private static final String JSON = "application/json; charset=utf-8";

    private final Comments comments;
    private final CommentThreads threads;
    private final Articles articles;
    private final CommentFragments fragments;
    private final LiveComments live;

    public CommentApiRoutes(Comments comments, CommentThreads threads, Articles articles, Templates templates,
            LiveComments live) {
        this.comments = comments;
        this.threads = threads;
        this.articles = articles;
        this.fragments = new CommentFragments(templates, threads);
        this.live = live;
    }

    @Override
    public void addEndpoints() {
        get("/api/articles/{id}/comments", this::list);
        post("/api/articles/{id}/comments", this::submit);
        get("/api/articles/{id}/comments/live", this::follow);
    }

    /** {@code ?page=N&sort=oldest|newest|liked}: whole threads, replies nested, as on the article page. */
    private void list(Context ctx) {
        ArticleRef article = withComments(ctx);
        CommentSection section = threads.section(article, CommentSort.parse(ctx.queryParam("sort")), Paging.page(ctx));
        ctx.header("Cache-Control", "no-cache");
        send(ctx, 200, CommentJson.Listing.of(section));
    }

    /** {@code {"name", "email", "text", "parentId"?, "notify"?}} → 201 with the comment's {@code <li>}. */
    private void submit(Context ctx) {
        ArticleRef article = withComments(ctx);
        ObjectNode body = JsonBody.object(ctx, MAX_BODY, FIELDS);
        String name = JsonBody.text(body, "name");
        String email = JsonBody.text(body, "email");
        var draft = new NewComment(article.id(), JsonBody.id(body, "parentId"), name, email, JsonBody.text(body, "text"),
                JsonBody.flag(body, "notify"), ctx.ip(), CommenterCookies.ownerKey(ctx), null);
        CommentRow row = comments.post(draft).comment();
        CommenterCookies.remember(ctx, name, email);
        String url = CommentJson.permalink(row.id());
        ctx.header("Location", url);
        ctx.header("Cache-Control", "no-store");
        send(ctx, 201, new CommentJson.Posted(row.id(), row.status(), row.parentId(), url, fragments.html(row),
                threads.count(article.id())));
    }

    /** A Server-Sent Events stream of the article's new comments (see {@link LiveComments}). */
    private void follow(Context ctx) {
        ArticleRef article = withComments(ctx);
        Long after = after(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new BadInput(406, "This address sends a stream of events (text/event-stream); open it with EventSource.");
        }
        live.requireCapacity();
        new SseHandler(client -> live.subscribe(client, article.id(), after)).handle(ctx);
    }

    /** A published article that shows comments; anything else is not there as far as this API is concerned. */
    private ArticleRef withComments(Context ctx) {
        String id = ctx.pathParam("id");
        return (id.matches("[0-9]{1,18}") ? articles.ref(Long.parseLong(id)) : Optional.<ArticleRef>empty())
                .filter(a -> a.published() && a.commentsMode() != CommentsMode.HIDDEN)
                .orElseThrow(() -> new BadInput(404, "There is no such article."));
    }

    /**
     * The newest comment the reader has: Last-Event-ID when the browser reconnects, else {@code ?after=} (0 when
     * the page showed none yet), else null for "only what comes from now on".
     */
    private static Long after(Context ctx) {
        String lastEvent = ctx.header("Last-Event-ID");
        String value = lastEvent != null && !lastEvent.isBlank() ? lastEvent.strip() : ctx.queryParam("after");
        if (value == null) return null;
        if (!value.matches("[0-9]{1,18}")) throw new BadInput("'after' must be the id of a comment, such as 42.");
        return Long.parseLong(value);
    }

    private static void send(Context ctx, int status, Object value) {
        ctx.status(status);
        ctx.contentType(JSON);
        ctx.result(CommentJson.bytes(value));
    }
}
