package org.masthead.taxonomy;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.masthead.articles.ArticleLists;
import org.masthead.articles.ListPage;
import org.masthead.articles.Listing;
import org.masthead.articles.Page;
import org.masthead.articles.Teaser;
import org.masthead.web.BadInput;
import org.masthead.web.Frames;
import org.masthead.web.Meta;
import org.masthead.web.MovedPermanently;
import org.masthead.web.PageCache;
import org.masthead.web.Paging;
import org.masthead.web.Rendered;
import org.masthead.web.Templates;

/** Section pages (/category/international/) and tag pages (/tag/stalin/). */
public final class TaxonomyRoutes implements EndpointGroup {
    private static final int PAGE_SIZE = 12;
    private final Taxonomy taxonomy;
    private final ArticleLists lists;
    private final Frames frames;
    private final Templates templates;
    private final PageCache cache;

    public TaxonomyRoutes(Taxonomy taxonomy, ArticleLists lists, Frames frames, Templates templates, PageCache cache) {
        this.taxonomy = taxonomy;
        this.lists = lists;
        this.frames = frames;
        this.templates = templates;
        this.cache = cache;
    }

    @Override
    public void addEndpoints() {
        cache.page("/category/{slug}/", this::section);
        cache.page("/tag/{slug}/", this::tag);
    }

    private Rendered section(Context ctx) {
        String slug = ctx.pathParam("slug");
        Section section = taxonomy.section(slug).orElseGet(() -> {
            throw taxonomy.sectionFormerlyAt(slug).map(s -> (RuntimeException) new MovedPermanently(s.path()))
                    .orElseGet(() -> notFound("section"));
        });
        List<Long> ids = taxonomy.sectionAndDescendants(section);
        int number = Paging.page(ctx);
        Page<Teaser> stories = lists.page(Listing.sections(ids), number, PAGE_SIZE);
        Paging.requireExists(number, stories.lastPage());
        String parents = taxonomy.trail(section).stream().limit(taxonomy.trail(section).size() - 1)
                .map(Section::name).collect(Collectors.joining(" › "));
        String description = section.description().isEmpty()
                ? "The latest " + section.name() + " stories from " + frames.site().name() + "." : section.description();
        Meta meta = Meta.page(section.name(), description, section.path()).withFeeds(section.name(), section.path());
        ListPage page = new ListPage(frames.of(meta), parents.isEmpty() ? "Section" : parents, section.name(),
                section.description(), stories, section.path());
        return Rendered.html(templates.render("articles/list.jte", "page", page),
                with(Teaser.countKeys(stories.items()), "section:" + section.id()));
    }

    private Rendered tag(Context ctx) {
        String slug = ctx.pathParam("slug");
        Tag tag = taxonomy.tag(slug).orElseGet(() -> {
            throw taxonomy.tagFormerlyAt(slug).map(t -> (RuntimeException) new MovedPermanently(t.path()))
                    .orElseGet(() -> notFound("tag"));
        });
        int number = Paging.page(ctx);
        Page<Teaser> stories = lists.page(Listing.tag(tag.id()), number, PAGE_SIZE);
        Paging.requireExists(number, stories.lastPage());
        Meta meta = Meta.page("Stories tagged " + tag.name(), "Every story about " + tag.name() + " from "
                + frames.site().name() + ".", tag.path()).withFeeds("Tag: " + tag.name(), tag.path());
        ListPage page = new ListPage(frames.of(meta), "Tag", tag.name(), "", stories, tag.path());
        return Rendered.html(templates.render("articles/list.jte", "page", page),
                with(Teaser.countKeys(stories.items()), "tag:" + tag.id()));
    }

    private static Set<String> with(Set<String> keys, String key) {
        Set<String> all = new java.util.HashSet<>(keys);
        all.add(key);
        return all;
    }

    private static BadInput notFound(String what) {
        return new BadInput(404, "There is no such " + what + " here.");
    }
}
