package org.masthead.comments;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.Articles;
import org.masthead.readers.Reader;
import org.masthead.readers.ReaderSessions;
import org.masthead.web.BadInput;
import org.masthead.web.Forms;
import org.masthead.web.Frames;
import org.masthead.web.Meta;
import org.masthead.web.PrivatePage;
import org.masthead.web.Templates;

/**
 * The comment forms that work without JavaScript: post, reply, edit, delete, like, report, unsubscribe.
 * Every POST answers with a redirect (303) to what changed, or with the form again and the reason it was refused.
 */
public final class CommentRoutes implements EndpointGroup {
    private final Comments comments;
    private final CommentThreads threads;
    private final Articles articles;
    private final ReaderSessions readerSessions;
    private final Frames frames;
    private final Templates templates;

    public CommentRoutes(Comments comments, CommentThreads threads, Articles articles, ReaderSessions readerSessions,
            Frames frames, Templates templates) {
        this.comments = comments;
        this.threads = threads;
        this.articles = articles;
        this.readerSessions = readerSessions;
        this.frames = frames;
        this.templates = templates;
    }

    @Override
    public void addEndpoints() {
        post("/comments/", this::submit);
        get("/comments/{id}/", this::permalink);
        get("/comments/{id}/reply/", this::replyForm);
        get("/comments/{id}/edit/", this::editForm);
        post("/comments/{id}/edit/", this::submitEdit);
        post("/comments/{id}/delete/", this::delete);
        post("/comments/{id}/like/", this::like);
        get("/comments/{id}/report/", this::reportForm);
        post("/comments/{id}/report/", this::submitReport);
        get("/comments/{id}/unsubscribe/{token}/", this::unsubscribeForm);
        post("/comments/{id}/unsubscribe/{token}/", this::unsubscribe);
    }

    private void submit(Context ctx) {
        Map<String, String> form;
        BadInput malformed = null;
        try {
            form = Forms.parse(ctx);
        } catch (BadInput e) {
            if (e.status() != 400) throw e;
            // Show back what arrived, with the reason, rather than a bare error page: the reader keeps the text.
            form = Forms.parseForDisplay(ctx);
            malformed = e;
        }
        String article = form.getOrDefault("article", "");
        if (!article.matches("[0-9]{1,18}")) throw new BadInput("The form does not say which article the comment is for.");
        long articleId = Long.parseLong(article);
        Long parentId = form.getOrDefault("parent", "").isEmpty() ? null : id(form.get("parent"));
        // The article page is the same for everyone, so its form asks everyone for a name and email; a signed-in
        // reader's comment carries the account's instead, whatever the fields say.
        Optional<Reader> reader = readerSessions.current(ctx);
        var values = new CommentFormPage.Values(reader.map(Reader::name).orElse(form.getOrDefault("name", "")),
                reader.map(Reader::email).orElse(form.getOrDefault("email", "")), form.getOrDefault("text", ""),
                form.containsKey("notify"), parentId, "");
        try {
            if (malformed != null) throw malformed;
            Comments.Posted posted = comments.post(new NewComment(articleId, parentId, values.name(), values.email(),
                    values.text(), values.notifyReplies(), ctx.ip(), CommenterCookies.ownerKey(ctx),
                    reader.map(Reader::id).orElse(null)));
            if (reader.isEmpty()) CommenterCookies.remember(ctx, values.name(), values.email());
            // A comment held for moderation is not in the discussion yet: its own address tells its author so.
            CommentRow row = posted.comment();
            ctx.redirect(row.isPublished() ? whereIs(row, posted.articlePath()) : "/comments/" + row.id() + "/",
                    HttpStatus.SEE_OTHER);
        } catch (BadInput refused) {
            if (refused.status() == 404) throw refused;
            ArticleRef story = articles.ref(articleId).filter(ArticleRef::published)
                    .orElseThrow(() -> new BadInput(404, "There is no such article."));
            Comment context = parentId == null ? null : threads.single(parentId);
            showForm(ctx, refused.status(), new CommentFormPage(frame("Your comment"), "Your comment", story, context,
                    "/comments/", values, refused.getMessage(), CommentFormPage.Kind.COMMENT));
        }
    }

    /** A comment's address: its place in the discussion, or (for its author) the note that it awaits moderation. */
    private void permalink(Context ctx) {
        CommentRow row = comments.find(id(ctx.pathParam("id")));
        if (row.isPublished()) {
            ctx.redirect(whereIs(row), HttpStatus.FOUND);
            return;
        }
        if (row.status().equals("pending") && comments.ownedBy(row, CommenterCookies.existingOwnerKey(ctx))) {
            ArticleRef article = articles.ref(row.articleId()).orElseThrow();
            notice(ctx, new NoticePage(frame("Awaiting moderation"), "Thank you: your comment is awaiting moderation",
                    "A moderator will read it before it appears. Only you can see it here until then.",
                    threads.preview(row), article.path() + "#comments", "Back to the article", null, null));
            return;
        }
        if (row.status().equals("rejected") && comments.ownedBy(row, CommenterCookies.existingOwnerKey(ctx))) {
            // Its author is owed the reasons (and a second look): the moderators' decision page gives both.
            ctx.redirect("/comments/" + row.id() + "/decision/", HttpStatus.FOUND);
            return;
        }
        throw new BadInput(404, "There is no such comment.");
    }

    private void replyForm(Context ctx) {
        CommentRow parent = published(ctx);
        ArticleRef article = articles.ref(parent.articleId()).orElseThrow();
        String[] remembered = CommenterCookies.remembered(ctx);
        var values = new CommentFormPage.Values(remembered[0], remembered[1], "", false, parent.id(), "");
        showForm(ctx, 200, new CommentFormPage(frame("Reply to " + parent.authorName()), "Reply to " + parent.authorName(),
                article, threads.single(parent.id()), "/comments/", values, null, CommentFormPage.Kind.COMMENT));
    }

    private void editForm(Context ctx) {
        CommentRow row = comments.find(id(ctx.pathParam("id")));
        if (!comments.ownedBy(row, CommenterCookies.existingOwnerKey(ctx)) || row.status().equals("deleted")) {
            throw new BadInput(403, "Only the person who wrote this comment can change it, from the same browser.");
        }
        ArticleRef article = articles.ref(row.articleId()).orElseThrow();
        var values = new CommentFormPage.Values(row.authorName(), "", row.bodyText(), false, null, "");
        showForm(ctx, 200, new CommentFormPage(frame("Edit your comment"), "Edit your comment", article,
                threads.preview(row), "/comments/" + row.id() + "/edit/", values, null, CommentFormPage.Kind.EDIT));
    }

    private void submitEdit(Context ctx) {
        long id = id(ctx.pathParam("id"));
        String text = Forms.parse(ctx).getOrDefault("text", "");
        try {
            CommentRow row = comments.edit(id, CommenterCookies.existingOwnerKey(ctx), text);
            ctx.redirect(row.isPublished() ? whereIs(row) : "/comments/" + id + "/", HttpStatus.SEE_OTHER);
        } catch (BadInput refused) {
            if (refused.status() != 422) throw refused;
            CommentRow row = comments.find(id);
            ArticleRef article = articles.ref(row.articleId()).orElseThrow();
            showForm(ctx, 422, new CommentFormPage(frame("Edit your comment"), "Edit your comment", article,
                    threads.preview(row), "/comments/" + id + "/edit/",
                    new CommentFormPage.Values(row.authorName(), "", text, false, null, ""), refused.getMessage(),
                    CommentFormPage.Kind.EDIT));
        }
    }

    private void delete(Context ctx) {
        long id = id(ctx.pathParam("id"));
        CommentRow row = comments.find(id);
        comments.delete(id, CommenterCookies.existingOwnerKey(ctx));
        ArticleRef article = articles.ref(row.articleId()).orElseThrow();
        ctx.redirect(article.path() + "#comments", HttpStatus.SEE_OTHER);
    }

    private void like(Context ctx) {
        CommentRow row = published(ctx);
        comments.like(row.id(), CommenterCookies.ownerKey(ctx));
        ctx.redirect(whereIs(row), HttpStatus.SEE_OTHER);
    }

    private void reportForm(Context ctx) {
        CommentRow row = published(ctx);
        ArticleRef article = articles.ref(row.articleId()).orElseThrow();
        showForm(ctx, 200, new CommentFormPage(frame("Report a comment"), "Report this comment to the moderators",
                article, threads.single(row.id()), "/comments/" + row.id() + "/report/", CommentFormPage.Values.empty(),
                null, CommentFormPage.Kind.REPORT));
    }

    private void submitReport(Context ctx) {
        CommentRow row = published(ctx);
        Map<String, String> form = Forms.parse(ctx);
        ArticleRef article = articles.ref(row.articleId()).orElseThrow();
        try {
            comments.report(row.id(), form.getOrDefault("reason", ""), form.getOrDefault("details", ""),
                    CommenterCookies.ownerKey(ctx));
        } catch (BadInput refused) {
            if (refused.status() == 404) throw refused;
            var values = new CommentFormPage.Values("", "", form.getOrDefault("details", ""), false, null,
                    form.getOrDefault("reason", ""));
            showForm(ctx, refused.status(), new CommentFormPage(frame("Report a comment"),
                    "Report this comment to the moderators", article, threads.single(row.id()),
                    "/comments/" + row.id() + "/report/", values, refused.getMessage(), CommentFormPage.Kind.REPORT));
            return;
        }
        notice(ctx, new NoticePage(frame("Report received"), "Thank you for your report",
                "A moderator will look at this comment.", null, whereIs(row), "Back to the discussion", null, null));
    }

    private void unsubscribeForm(Context ctx) {
        long id = id(ctx.pathParam("id"));
        String token = ctx.pathParam("token");
        if (!comments.unsubscribeToken(id).equals(token)) throw new BadInput(404, "This unsubscribe link is not valid.");
        notice(ctx, new NoticePage(frame("Stop reply notifications"), "Stop emails about replies?",
                "We will no longer email you when someone replies to this comment.", null, "/", "Front page",
                ctx.path(), "Stop these emails"));
    }

    private void unsubscribe(Context ctx) {
        comments.unsubscribe(id(ctx.pathParam("id")), ctx.pathParam("token"));
        notice(ctx, new NoticePage(frame("Unsubscribed"), "You will get no more emails about replies to this comment",
                "Thank you for reading.", null, "/", "Front page", null, null));
    }

    private String whereIs(CommentRow row) {
        return whereIs(row, articles.ref(row.articleId()).orElseThrow().path());
    }

    private String whereIs(CommentRow row, String articlePath) {
        int page = threads.pageOf(row).orElse(1);
        return articlePath + (page == 1 ? "" : "?page=" + page) + "#comment-" + row.id();
    }

    private CommentRow published(Context ctx) {
        CommentRow row = comments.find(id(ctx.pathParam("id")));
        if (!row.isPublished()) throw new BadInput(404, "There is no such comment.");
        return row;
    }

    private org.masthead.web.Frame frame(String title) {
        return frames.of(Meta.page(title, title, "/").hideFromSearch());
    }

    private void showForm(Context ctx, int status, CommentFormPage page) {
        PrivatePage.send(ctx, status, templates.render("comments/form-page.jte", "page", page));
    }

    private void notice(Context ctx, NoticePage page) {
        PrivatePage.send(ctx, 200, templates.render("comments/notice.jte", "page", page));
    }

    static long id(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) throw new BadInput(404, "There is no such comment.");
        return Long.parseLong(text);
    }
}
