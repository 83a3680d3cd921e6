package org.masthead;

import java.time.Clock;
import org.masthead.accounts.PasswordHasher;
import org.masthead.accounts.Staff;
import org.masthead.articles.ArticleLists;
import org.masthead.articles.Articles;
import org.masthead.config.Settings;
import org.masthead.db.Database;
import org.masthead.media.MediaLibrary;
import org.masthead.site.SiteSettings;
import org.masthead.taxonomy.Taxonomy;
import org.masthead.web.PageCache;

/** Every feature of one Masthead process, built once from the settings and handed to the web app and commands. */
public final class Newsroom implements AutoCloseable {
    public final Settings settings;
    public final Clock clock;
    public final Database database;
    public final Staff staff;
    public final Taxonomy taxonomy;
    public final MediaLibrary media;
    public final Articles articles;
    public final ArticleLists lists;
    public final SiteSettings site;
    public final PageCache pageCache;

    public Newsroom(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.database = Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(),
                settings.databasePoolSize());
        var jdbi = database.jdbi();
        this.staff = new Staff(jdbi, new PasswordHasher(), clock);
        this.taxonomy = new Taxonomy(jdbi);
        this.media = new MediaLibrary(jdbi, settings.dataDir(), clock);
        this.articles = new Articles(jdbi, staff, taxonomy, media, clock);
        this.lists = new ArticleLists(jdbi);
        this.site = new SiteSettings(jdbi);
        // Cached pages may take up to a quarter of the heap (40 MB of the launcher's 160 MB): the rest is for work.
        this.pageCache = new PageCache(settings.pageCacheEntries(), Runtime.getRuntime().maxMemory() / 4, clock);
        articles.onChange(pageCache);
        site.onChange(pageCache);
    }

    @Override
    public void close() {
        database.close();
    }
}
