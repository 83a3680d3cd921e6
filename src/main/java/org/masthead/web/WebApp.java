package org.masthead.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.masthead.Newsroom;
import org.masthead.accounts.AuthorRoutes;
import org.masthead.articles.ArticleRoutes;
import org.masthead.articles.desk.ArticleDeskRoutes;
import org.masthead.articles.desk.ArticleListRoutes;
import org.masthead.articles.desk.EditorPages;
import org.masthead.articles.desk.PreviewRoutes;
import org.masthead.articles.desk.RevisionRoutes;
import org.masthead.media.MediaDeskRoutes;
import org.masthead.site.SettingsDeskRoutes;
import org.masthead.taxonomy.TaxonomyDeskRoutes;
import org.masthead.comments.Avatars;
import org.masthead.comments.CommentApiRoutes;
import org.masthead.comments.CommentRoutes;
import org.masthead.feeds.Channels;
import org.masthead.feeds.CommentFeeds;
import org.masthead.feeds.FeedRoutes;
import org.masthead.feeds.Feeds;
import org.masthead.feeds.SitemapRoutes;
import org.masthead.feeds.Sitemaps;
import org.masthead.comments.LiveComments;
import org.masthead.desk.AuditRoutes;
import org.masthead.desk.DashboardRoutes;
import org.masthead.desk.DeskAccess;
import org.masthead.desk.DeskPages;
import org.masthead.desk.PasswordRoutes;
import org.masthead.desk.QrCodes;
import org.masthead.desk.SignInRequired;
import org.masthead.desk.SignInRoutes;
import org.masthead.desk.StaffAccountRoutes;
import org.masthead.desk.UserRoutes;
import org.masthead.media.MediaRoutes;
import org.masthead.moderation.desk.DecisionRoutes;
import org.masthead.moderation.desk.ModerationRoutes;
import org.masthead.moderation.desk.ModerationSettingsRoutes;
import org.masthead.moderation.desk.WordListRoutes;
import org.masthead.moderation.desk.ReaderRoutes;
import org.masthead.readers.AccountRoutes;
import org.masthead.readers.SessionRoutes;
import org.masthead.redirects.RedirectRoutes;
import org.masthead.taxonomy.TaxonomyRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles the features' routes into one Javalin server: the table of contents of the site. */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {}

    public static Javalin create(Newsroom n) {
        Templates templates = new Templates();
        Assets assets = new Assets();
        Frames frames = new Frames(n.site, n.taxonomy, assets, n.settings.baseUrl());
        ErrorPages errors = new ErrorPages(frames, templates);
        LiveComments live = new LiveComments(templates, n.commentThreads);
        RedirectRoutes redirects = new RedirectRoutes(n.redirects);
        n.comments.onPublished(live);
        // The desk's gatekeeper and page renderer, handed to every desk feature's routes (see docs/ROLES.md).
        DeskAccess desk = new DeskAccess(n.staffSessions, n.staff, n.secret);
        DeskPages deskPages = new DeskPages(desk, n.site, assets, templates);
        var signIn = new SignInRoutes.Parts(n.staff, n.staffSessions, n.secondFactors, n.signInGuard, n.audit);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.threadPool = requestThreads();
            // Pages are compressed once when cached; compressing every response again cost 95% of throughput.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.defaultContentType = Rendered.HTML;
            config.http.maxRequestSize = 1_000_000;
            // Uploads: a file up to twice the limit still reaches the form, which then says it is too large and keeps
            // what was typed; anything larger is cut off by the server with a bare 413.
            config.jetty.multipartConfig.maxFileSize(2 * n.media.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(2 * n.media.maxUploadBytes() + 1_000_000, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.router.ignoreTrailingSlashes = false;
            config.router.treatMultipleSlashesAsSingleSlash = false;
            config.jetty.host = n.settings.host();
            config.jetty.port = n.settings.port();
            config.events.serverStopping(live::closeAll); // open live streams would otherwise hold up the stop

            config.routes.before(ctx -> {
                SecurityHeaders.apply(ctx);
                Csrf.check(ctx);
                Canonical.addTrailingSlash(ctx);
                desk.guard(ctx);
            });
            config.routes.get("/assets/{file}", assets::serve);
            config.routes.apiBuilder(new TaxonomyRoutes(n.taxonomy, n.lists, frames, templates, n.pageCache));
            config.routes.apiBuilder(new AuthorRoutes(n.staff, n.lists, frames, templates, n.pageCache));
            config.routes.apiBuilder(new MediaRoutes(n.media));
            // Before the article routes, whose /{year}/{month}/ would take /feed/atom/.
            config.routes.apiBuilder(new FeedRoutes(new Channels(n.taxonomy, n.staff, frames),
                    new Feeds(n.lists, n.articles, frames, n.clock),
                    new CommentFeeds(n.commentThreads, n.articles, frames, n.clock), n.pageCache));
            config.routes.apiBuilder(new SitemapRoutes(new Sitemaps(n.lists, n.taxonomy, frames, n.clock), n.pageCache));
            // After the feeds: /comments/{id}/ would take /comments/feed/.
            config.routes.apiBuilder(new CommentRoutes(n.comments, n.commentThreads, n.articles, n.readerSessions, frames,
                    templates));
            config.routes.apiBuilder(new DecisionRoutes(n.moderationDesk, n.comments, n.commentThreads, n.articles,
                    frames, templates));
            config.routes.apiBuilder(new SessionRoutes(n.readers, n.readerSessions, frames, templates));
            config.routes.apiBuilder(new AccountRoutes(n.readers, frames, templates));
            config.routes.apiBuilder(new CommentApiRoutes(n.comments, n.commentThreads, n.articles, templates, live));
            config.routes.apiBuilder(new Avatars());
            // The staff desk (/desk/): each desk feature adds its routes here, before the article routes.
            config.routes.apiBuilder(new SignInRoutes(signIn, desk, deskPages));
            config.routes.apiBuilder(new PasswordRoutes(signIn, n.deskLinks, n.deskMails, deskPages));
            config.routes.apiBuilder(new DashboardRoutes(desk, deskPages));
            config.routes.apiBuilder(new StaffAccountRoutes(signIn, desk, deskPages, new QrCodes()));
            config.routes.apiBuilder(new UserRoutes(signIn, n.deskLinks, n.deskMails, desk, deskPages));
            config.routes.apiBuilder(new AuditRoutes(n.audit, desk, deskPages));
            deskWriting(config, n, frames, new DeskTools(desk, deskPages, n.audit, templates));
            config.routes.apiBuilder(redirects);
            config.routes.apiBuilder(new ModerationRoutes(n.moderationDesk, desk, deskPages, n.audit, n.articles));
            config.routes.apiBuilder(new ReaderRoutes(n.moderationDesk, desk, deskPages, n.audit));
            config.routes.apiBuilder(new WordListRoutes(n.moderation.wordLists(), desk, deskPages, n.audit));
            config.routes.apiBuilder(new ModerationSettingsRoutes(n.site, n.moderation, desk, deskPages, n.audit));
            // Last: its date patterns (/{year}/{month}/) would otherwise take /category/europe/ and the like.
            config.routes.apiBuilder(new ArticleRoutes(n.articles, n.lists, n.taxonomy, n.commentThreads, frames, templates,
                    n.pageCache));

            config.routes.exception(BadInput.class, (e, ctx) -> errors.show(ctx, e.status(), e.code(), e.getMessage()));
            // Javalin's own refusals (no such address, wrong method) get the site's page, or JSON under /api/.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> errors.show(ctx, e.getStatus()));
            config.routes.exception(SignInRequired.class,
                    (e, ctx) -> ctx.redirect(e.location(), HttpStatus.SEE_OTHER));
            config.routes.exception(MovedPermanently.class,
                    (e, ctx) -> ctx.redirect(e.location(), HttpStatus.MOVED_PERMANENTLY));
            config.routes.exception(Exception.class, (e, ctx) -> {
                String request;
                try {
                    request = ctx.method() + " " + ctx.path();
                } catch (RuntimeException requestGone) {
                    // The request had already ended (a reader closed a live stream): there is nobody to answer.
                    LOG.debug("failure after the request ended", e);
                    return;
                }
                LOG.error("{} failed", request, e);
                errors.show(ctx, 500, "server-error", "Something went wrong on our side. Please try again in a minute.");
            });
            config.routes.error(404, ctx -> {
                // An address of the site this one replaced (an imported WordPress permalink) before "not found".
                if (redirects.redirectInsteadOfNotFound(ctx)) return;
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    errors.show(ctx, 404);
                }
            });
            config.routes.error(405, errors::show);
        });
    }

    /** The desk's writing pages: articles, revisions, previews, media, sections and tags, site settings. */
    private static void deskWriting(io.javalin.config.JavalinConfig config, Newsroom n, Frames frames, DeskTools desk) {
        EditorPages editor = new EditorPages(n.articles, n.staff, n.taxonomy, n.media, n.site, n.previewLinks, desk);
        config.routes.apiBuilder(new ArticleListRoutes(n.articleIndex, n.taxonomy, n.staff, desk));
        config.routes.apiBuilder(new ArticleDeskRoutes(n.articles, n.media, editor, desk, n.clock));
        config.routes.apiBuilder(new RevisionRoutes(n.articles, n.revisions, desk));
        config.routes.apiBuilder(new PreviewRoutes(n.articles, n.previewLinks, frames, desk, n.clock));
        config.routes.apiBuilder(new MediaDeskRoutes(n.media, desk, n.articles::imageDescribed));
        config.routes.apiBuilder(new TaxonomyDeskRoutes(n.taxonomy, desk));
        config.routes.apiBuilder(new SettingsDeskRoutes(n.site, n.media, desk));
    }

    /**
     * Jetty's own pool: selectors and acceptor on platform threads, each request handled on a virtual thread.
     * Javalin's virtual-thread pool (used when this is not set) runs the selector loops on virtual threads too,
     * so every select() goes through the JDK's poller: more system calls and thread switches per request.
     */
    private static QueuedThreadPool requestThreads() {
        QueuedThreadPool pool = new QueuedThreadPool();
        pool.setName("masthead-http");
        pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("masthead-request"));
        return pool;
    }

    /**
     * Error pages are rendered fresh: they must work even when the page cache or the database does not.
     * Under /api/ the same errors answer JSON for the scripts and programs that call it.
     */
    static final class ErrorPages {
        private final Frames frames;
        private final Templates templates;

        ErrorPages(Frames frames, Templates templates) {
            this.frames = frames;
            this.templates = templates;
        }

        /** A refusal without a message of its own: redirects pass through, errors get a sentence for their status. */
        void show(Context ctx, int status) {
            if (status < 400) {
                ctx.status(status);
                return;
            }
            String message = switch (status) {
                case 404 -> "We could not find a page at this address.";
                case 405 -> "This address does not accept that kind of request.";
                case 413 -> "What you sent is too large.";
                default -> status >= 500 ? "Something went wrong on our side. Please try again in a minute."
                        : "We could not do that.";
            };
            show(ctx, status, BadInput.codeFor(status), message);
        }

        void show(Context ctx) {
            show(ctx, ctx.statusCode());
        }

        void show(Context ctx, int status, String code, String message) {
            ctx.status(status);
            ctx.header("Cache-Control", "no-store");
            if (ApiErrors.wanted(ctx)) {
                ApiErrors.send(ctx, code, message);
                return;
            }
            String heading = switch (status) {
                case 404 -> "Page not found";
                case 405 -> "Not allowed";
                case 500 -> "Something went wrong";
                default -> "We could not do that";
            };
            try {
                Frame frame = frames.of(Meta.page(heading, message, ctx.path()).hideFromSearch());
                ctx.contentType(Rendered.HTML);
                ctx.result(templates.render("web/error.jte", Map.of("page", new ErrorPage(frame, status, heading, message))));
            } catch (RuntimeException e) {
                LOG.error("error page failed", e);
                ctx.contentType("text/plain; charset=utf-8");
                ctx.result(heading + ": " + message);
            }
        }
    }
}
