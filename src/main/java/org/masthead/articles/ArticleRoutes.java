package org.masthead.articles;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.masthead.comments.CommentSection;
import org.masthead.comments.CommentSort;
import org.masthead.comments.CommentThreads;
import org.masthead.taxonomy.Section;
import org.masthead.taxonomy.Taxonomy;
import org.masthead.web.BadInput;
import org.masthead.web.Frames;
import org.masthead.web.Meta;
import org.masthead.web.MovedPermanently;
import org.masthead.web.PageCache;
import org.masthead.web.Paging;
import org.masthead.web.Rendered;
import org.masthead.web.Templates;

/** The front page, article pages and the date archive. */
public final class ArticleRoutes implements EndpointGroup {
    static final int PAGE_SIZE = 12;
    private final Articles articles;
    private final ArticleLists lists;
    private final Taxonomy taxonomy;
    private final Frames frames;
    private final Templates templates;
    private final PageCache cache;
    private final CommentThreads comments;

    public ArticleRoutes(Articles articles, ArticleLists lists, Taxonomy taxonomy, CommentThreads comments,
            Frames frames, Templates templates, PageCache cache) {
        this.comments = comments;
        this.articles = articles;
        this.lists = lists;
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.templates = templates;
        this.cache = cache;
    }

    @Override
    public void addEndpoints() {
        cache.page("/", this::home);
        cache.page("/{year}/", this::yearArchive);
        cache.page("/{year}/{month}/", this::monthArchive);
        cache.page("/{year}/{month}/{day}/", this::dayArchive);
        cache.page("/{year}/{month}/{day}/{slug}/", this::article);
    }

    private Rendered home(Context ctx) {
        if (ctx.queryParam("page") != null) Paging.page(ctx); // only to refuse nonsense; the home page has one page
        List<Teaser> latest = lists.latest(Listing.all(), 7);
        // A pinned story leads whatever its date; the newest pinned one when there are several.
        List<Teaser> pinned = lists.latest(Listing.pinned(), 1);
        if (!pinned.isEmpty()) {
            List<Teaser> rest = latest.stream().filter(t -> t.id() != pinned.getFirst().id()).limit(6).toList();
            latest = new ArrayList<>(pinned);
            latest.addAll(rest);
        }
        Set<String> deps = new HashSet<>(Set.of("home"));
        deps.addAll(Teaser.countKeys(latest));
        List<HomePage.SectionBlock> blocks = new ArrayList<>();
        for (Section s : taxonomy.topLevelSections()) {
            List<Teaser> stories = lists.latest(Listing.sections(taxonomy.sectionAndDescendants(s)), 4);
            if (!stories.isEmpty()) blocks.add(new HomePage.SectionBlock(s, stories));
            deps.addAll(Teaser.countKeys(stories));
        }
        var site = frames.site();
        Meta meta = Meta.page("", site.description(), "/").withFeeds(site.name(), "/");
        HomePage page = new HomePage(frames.of(meta), latest.isEmpty() ? null : latest.getFirst(),
                latest.isEmpty() ? List.of() : latest.subList(1, latest.size()), blocks);
        return Rendered.html(templates.render("articles/home.jte", "page", page), deps);
    }

    private Rendered article(Context ctx) {
        Story story = articles.publishedStory(ctx.pathParam("slug")).orElseThrow(ArticleRoutes::notFound);
        if (!story.path().equals(ctx.path())) throw new MovedPermanently(story.path()); // an old link with a wrong date
        return renderArticle(story, CommentSort.parse(ctx.queryParam("sort")), Paging.page(ctx));
    }

    private Rendered renderArticle(Story story, CommentSort sort, int commentPage) {
        List<Teaser> related = lists.related(story, 3);
        Set<String> deps = new HashSet<>(Set.of("article:" + story.id(), "comments:" + story.id()));
        related.forEach(t -> deps.add("article:" + t.id()));
        deps.addAll(Teaser.countKeys(related));
        story.tags().forEach(t -> deps.add("tag:" + t.id()));
        story.sections().forEach(s -> deps.add("section:" + s.id()));
        var site = frames.site();
        Meta meta = new Meta(story.title(), story.dek().isEmpty() ? story.body().text() : story.dek(), story.path(),
                "article", story.image(), NewsArticleData.of(story, site, frames.baseUrl()), List.of(), false)
                .withFeeds(site.name(), "/");
        ArticleRef ref = new ArticleRef(story.id(), story.title(), story.path(), true, story.publishedAt(),
                story.commentsMode());
        CommentSection section = comments.section(ref, sort, commentPage);
        ArticlePage page = new ArticlePage(frames.of(meta), story, related, section);
        // An open discussion that closes after N days changes the page then, with no edit to tell the cache.
        return Rendered.html(templates.render("articles/article.jte", "page", page), deps).staleAt(section.closesAt());
    }

    private Rendered yearArchive(Context ctx) {
        int year = year(ctx.pathParam("year"));
        LocalDate from = LocalDate.of(year, 1, 1);
        return archive(ctx, String.valueOf(year), from, from.plusYears(1), "/" + year + "/");
    }

    private Rendered monthArchive(Context ctx) {
        YearMonth month;
        try {
            month = YearMonth.of(year(ctx.pathParam("year")), twoDigits(ctx.pathParam("month")));
        } catch (DateTimeException e) {
            throw notFound();
        }
        String label = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + month.getYear();
        return archive(ctx, label, month.atDay(1), month.plusMonths(1).atDay(1),
                "/" + ctx.pathParam("year") + "/" + ctx.pathParam("month") + "/");
    }

    private Rendered dayArchive(Context ctx) {
        LocalDate day = date(ctx);
        if (day == null) throw notFound();
        return archive(ctx, org.masthead.web.Dates.day(day.atStartOfDay().toInstant(ZoneOffset.UTC)), day,
                day.plusDays(1), ctx.path());
    }

    private Rendered archive(Context ctx, String label, LocalDate from, LocalDate until, String path) {
        int number = Paging.page(ctx);
        Page<Teaser> stories = lists.page(Listing.between(from.atStartOfDay().toInstant(ZoneOffset.UTC),
                until.atStartOfDay().toInstant(ZoneOffset.UTC)), number, PAGE_SIZE);
        Paging.requireExists(number, stories.lastPage());
        Meta meta = Meta.page("Stories from " + label, "Everything we published in " + label + ".", path);
        ListPage page = new ListPage(frames.of(meta), "Archive", label, "", stories, path);
        Set<String> deps = new HashSet<>(Teaser.countKeys(stories.items()));
        deps.add("home");
        return Rendered.html(templates.render("articles/list.jte", "page", page), deps);
    }

    /** The date in an article or day-archive URL, or null when it is not a real date. */
    private static LocalDate date(Context ctx) {
        try {
            return LocalDate.of(year(ctx.pathParam("year")), twoDigits(ctx.pathParam("month")),
                    twoDigits(ctx.pathParam("day")));
        } catch (DateTimeException | BadInput e) {
            return null;
        }
    }

    private static int year(String text) {
        if (!text.matches("(19|20|21)[0-9]{2}")) throw notFound();
        return Integer.parseInt(text);
    }

    private static int twoDigits(String text) {
        if (!text.matches("[0-9]{2}")) throw notFound();
        return Integer.parseInt(text);
    }

    private static BadInput notFound() {
        return new BadInput(404, "We could not find a page at this address.");
    }
}
