package org.masthead;

import java.time.Clock;
import org.masthead.accounts.PasswordHasher;
import org.masthead.comments.CommentThreads;
import org.masthead.comments.Comments;
import org.masthead.comments.ReplyNotifications;
import org.masthead.mail.Mailer;
import org.masthead.moderation.Moderation;
import org.masthead.moderation.desk.ModerationDesk;
import org.masthead.moderation.desk.StatementOfReasons;
import org.masthead.readers.ReaderMails;
import org.masthead.readers.ReaderSessions;
import org.masthead.readers.Readers;
import org.masthead.readers.Throttle;
import org.masthead.redirects.Redirects;
import org.masthead.site.SiteSecret;
import org.masthead.accounts.Staff;
import org.masthead.articles.ArticleLists;
import org.masthead.articles.ArticleIndex;
import org.masthead.articles.Articles;
import org.masthead.articles.PreviewLinks;
import org.masthead.articles.Revisions;
import org.masthead.articles.ContentChange;
import java.util.Set;
import org.masthead.config.Settings;
import org.masthead.db.ChangeBus;
import org.masthead.db.Database;
import org.masthead.desk.AuditLog;
import org.masthead.desk.DeskMails;
import org.masthead.desk.OneTimeLinks;
import org.masthead.desk.SecondFactors;
import org.masthead.desk.SignInGuard;
import org.masthead.desk.StaffSessions;
import org.masthead.media.MediaLibrary;
import org.masthead.site.SiteSettings;
import org.masthead.taxonomy.Taxonomy;
import org.masthead.web.PageCache;
import org.masthead.web.Templates;

/** Every feature of one Masthead process, built once from the settings and handed to the web app and commands. */
public final class Newsroom implements AutoCloseable {
    /** The change-bus key that tells other nodes to read the word lists and blocked link domains again. */
    private static final String MODERATION_LISTS = "moderation-lists";
    public final Settings settings;
    public final Clock clock;
    public final Database database;
    public final Staff staff;
    public final Taxonomy taxonomy;
    public final MediaLibrary media;
    public final Articles articles;
    public final Revisions revisions;
    public final PreviewLinks previewLinks;
    public final ArticleIndex articleIndex;
    public final ArticleLists lists;
    public final SiteSettings site;
    public final PageCache pageCache;
    public final SiteSecret secret;
    public final Moderation moderation;
    public final Comments comments;
    public final CommentThreads commentThreads;
    private final ChangeBus changeBus;
    public final Mailer mailer;
    public final Readers readers;
    public final ReaderSessions readerSessions;
    public final StaffSessions staffSessions;
    public final AuditLog audit;
    public final SecondFactors secondFactors;
    public final SignInGuard signInGuard;
    public final OneTimeLinks deskLinks;
    public final DeskMails deskMails;
    public final Redirects redirects;
    public final ModerationDesk moderationDesk;

    public Newsroom(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.database = Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(),
                settings.databasePoolSize());
        var jdbi = database.jdbi();
        PasswordHasher hasher = new PasswordHasher();
        this.staff = new Staff(jdbi, hasher, clock);
        this.taxonomy = new Taxonomy(jdbi);
        this.media = new MediaLibrary(jdbi, settings.dataDir(), settings.maxUploadBytes(), clock);
        this.articles = new Articles(jdbi, staff, taxonomy, media, clock);
        this.revisions = new Revisions(jdbi);
        this.previewLinks = new PreviewLinks(jdbi, clock);
        this.articleIndex = new ArticleIndex(jdbi);
        this.site = new SiteSettings(jdbi);
        this.redirects = new Redirects(jdbi, articles, clock);
        // Cached pages may take up to a quarter of the heap (40 MB of the launcher's 160 MB): the rest is for work.
        this.pageCache = new PageCache(settings.pageCacheEntries(), Runtime.getRuntime().maxMemory() / 4, clock);
        this.secret = SiteSecret.load(jdbi);
        // Read through the site settings on every use: editors change these rules while the site runs.
        this.moderation = new Moderation(jdbi, secret, settings.moderationLimits(), settings.classifierThresholds(),
                settings.outsideScorer(), site::values, clock);
        this.comments = new Comments(jdbi, articles, secret, site::commentPolicy, moderation, clock);
        this.commentThreads = new CommentThreads(jdbi, secret, site::commentPolicy, clock);
        this.lists = new ArticleLists(jdbi, commentThreads::counts);
        articles.onChange(pageCache);
        taxonomy.onChange(pageCache);
        site.onChange(pageCache);
        comments.onChange(pageCache);
        this.changeBus = ChangeBus.start(database, settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword());
        if (changeBus != null) {
            articles.onChange(changeBus);
            taxonomy.onChange(changeBus);
            site.onChange(changeBus);
            comments.onChange(changeBus);
            moderation.onListsChanged(() -> changeBus.changed(new ContentChange(Set.of(MODERATION_LISTS))));
            changeBus.onRemoteChange(pageCache);
            changeBus.onRemoteChange(change -> {
                if (change.keys().contains(MODERATION_LISTS)) moderation.reloadLists();
            });
            changeBus.onRemoteChange(change -> {
                if (change.keys().contains("site")) site.forget();
                if (change.keys().stream().anyMatch(key -> key.startsWith("article:"))) articles.forget();
                if (change.keys().contains("site") || change.keys().contains("sections")) taxonomy.forget();
            });
        }
        this.mailer = new Mailer(settings.mail());
        Templates mailTemplates = new Templates();
        this.readerSessions = new ReaderSessions(jdbi, clock);
        this.readers = new Readers(jdbi, hasher, new ReaderMails(mailer, mailTemplates, settings.baseUrl(),
                () -> site.identity().name()), new Throttle(jdbi, secret, clock), clock);
        this.staffSessions = new StaffSessions(jdbi, settings.deskSessions(), settings.baseUrl().startsWith("https:"),
                clock);
        this.audit = new AuditLog(jdbi, clock);
        this.secondFactors = new SecondFactors(jdbi, secret, clock);
        this.signInGuard = new SignInGuard(jdbi, secret, clock);
        this.deskLinks = new OneTimeLinks(jdbi, clock);
        this.deskMails = new DeskMails(mailer, mailTemplates, settings.baseUrl(), () -> site.identity().name());
        this.moderationDesk = new ModerationDesk(jdbi, comments, articles, new StatementOfReasons(mailer, mailTemplates,
                secret, settings.baseUrl(), () -> site.identity().name()), moderation.sanctions(), clock);
        comments.onPublished(new ReplyNotifications(comments, mailer, mailTemplates, settings.baseUrl(),
                () -> site.identity().name()));
    }

    @Override
    public void close() {
        mailer.close(); // sends what is queued while the database is still there for anything that needs it
        if (changeBus != null) changeBus.close();
        database.close();
    }
}
