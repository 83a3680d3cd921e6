package org.masthead.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.media.MediaLibrary;
import org.masthead.taxonomy.Section;
import org.masthead.taxonomy.Tag;
import org.masthead.taxonomy.Taxonomy;
import org.masthead.taxonomy.TaxonomyStore;
import org.masthead.web.BadInput;
import org.masthead.web.Slugs;

/** Writing, publishing and reading single articles. Every change tells the listeners which pages went stale. */
public final class Articles {
    private final Jdbi jdbi;
    private final Staff staff;
    private final Taxonomy taxonomy;
    private final MediaLibrary media;
    private final Clock clock;
    private final List<ContentChange.Listener> listeners = new CopyOnWriteArrayList<>();
    private final ArticleRefs refs = new ArticleRefs();

    public Articles(Jdbi jdbi, Staff staff, Taxonomy taxonomy, MediaLibrary media, Clock clock) {
        this.jdbi = jdbi;
        this.staff = staff;
        this.taxonomy = taxonomy;
        this.media = media;
        this.clock = clock;
    }

    public void onChange(ContentChange.Listener listener) {
        listeners.add(listener);
    }

    public long create(ArticleDraft draft) {
        return save(null, draft, clock.instant(), null, Revisions.Saving.by(null));
    }

    /** Creates an article written elsewhere (demo, imports), keeping the time it last changed there. */
    public long createAsOf(ArticleDraft draft, Instant lastChanged) {
        return save(null, draft, lastChanged, null, Revisions.Saving.by(null));
    }

    public void update(long id, ArticleDraft draft) {
        save(id, draft, clock.instant(), null, Revisions.Saving.by(null));
    }

    /**
     * Creates ({@code existingId} null) or updates an article brought from a system that stores HTML (WordPress):
     * {@code body}, sanitised already (the importer needs the clean HTML for its own comparisons, and cleaning it twice
     * was a tenth of an imported post), is shown; the draft's Markdown is what an editor will edit. Joins the caller's
     * transaction when there is one, so an import can store an article and its comments together.
     */
    public long importAsOf(Long existingId, ArticleDraft draft, org.masthead.web.SanitizedHtml body, Instant lastChanged) {
        return save(existingId, draft, lastChanged, body.html(), Revisions.Saving.by(null));
    }

    /** Pins an article to the top of the front page, or unpins it. */
    public void setPinned(long id, boolean pinned) {
        Set<String> stale = jdbi.inTransaction(h -> {
            if (h.attach(ArticleStore.class).setPinned(id, pinned) == 0) throw new BadInput(404, "no article " + id);
            return Set.of("article:" + id, "home");
        });
        announce(stale);
    }

    /** Sets an article's picture without touching anything else (an import finds it after the article). */
    public void setFeaturedImage(long id, long imageId) {
        if (media.find(imageId).isEmpty()) throw new BadInput("no image " + imageId);
        Set<String> stale = jdbi.inTransaction(h -> {
            if (h.attach(ArticleStore.class).setFeaturedImage(id, imageId) == 0) throw new BadInput(404, "no article " + id);
            return Set.of("article:" + id, "home");
        });
        announce(stale);
    }

    /** Creates ({@code id} null) or changes an article for a member of staff; the save is kept as a revision. */
    public long save(Long id, ArticleDraft draft, Revisions.Saving saving) {
        return save(id, draft, clock.instant(), null, saving);
    }

    /**
     * Puts back what revision {@code number} held, as a new revision. The article keeps its status, publication
     * time and address: restoring text must neither publish, unpublish nor move a story.
     */
    public void restore(long id, int number, StaffMember by) {
        Story now = story(id).orElseThrow(() -> new BadInput(404, "There is no article " + id + "."));
        Revisions.Content old = Revisions.content(jdbi, id, number)
                .orElseThrow(() -> new BadInput(404, "The article has no revision " + number + "."));
        save(id, old.toDraft(now.slug(), now.status(), now.publishedAt()), clock.instant(), null,
                new Revisions.Saving(by, Revisions.Kind.RESTORE));
    }

    /** The article's Markdown as its writer typed it. */
    public Optional<String> markdown(long id) {
        return jdbi.withExtension(ArticleStore.class, s -> s.find(id)).map(ArticleRow::bodyMarkdown);
    }

    /** The body as the public page shows it: the same Markdown rendering and sanitising. */
    public static org.masthead.web.SanitizedHtml renderBody(String markdown) {
        return Markdown.render(markdown);
    }

    /** A picture's caption, credit or alt text changed: the pages of the stories it illustrates go stale. */
    public void imageDescribed(long imageId) {
        Set<String> stale = jdbi.inTransaction(h -> {
            Set<String> keys = new HashSet<>();
            for (long id : h.attach(ArticleStore.class).featuring(imageId)) keys.addAll(dependents(h, id));
            return keys;
        });
        announce(stale);
    }

    /** Makes scheduled articles whose time has come public; returns how many. Safe to run on every node. */
    public int publishDue() {
        long now = clock.millis();
        List<Long> due = jdbi.withExtension(ArticleStore.class, s -> s.dueForPublication(now));
        for (long id : due) {
            Set<String> stale = jdbi.inTransaction(h -> {
                ArticleStore store = h.attach(ArticleStore.class);
                ArticleRow row = store.find(id).orElseThrow();
                if (!row.status().equals(ArticleStatus.SCHEDULED.id())) return Set.<String>of();
                // Going public is not an update: a story published late (the server was down at its time)
                // must not read "Updated" when nobody touched it.
                long updatedAt = Math.max(row.updatedAt(), row.publishedAt());
                store.setStatus(id, ArticleStatus.PUBLISHED.id(), row.publishedAt(), updatedAt);
                return dependents(h, id);
            });
            announce(stale);
        }
        return due.size();
    }

    public void unpublish(long id) {
        Set<String> stale = jdbi.inTransaction(h -> {
            ArticleStore store = h.attach(ArticleStore.class);
            ArticleRow row = store.find(id).orElseThrow(() -> new BadInput(404, "no article " + id));
            store.setStatus(id, ArticleStatus.UNPUBLISHED.id(), row.publishedAt(), clock.millis());
            return dependents(h, id);
        });
        announce(stale);
    }

    /** Opens, closes or hides the comments under an article. */
    public void setCommentsMode(long id, CommentsMode mode) {
        Set<String> stale = jdbi.inTransaction(h -> {
            if (h.attach(ArticleStore.class).setCommentsMode(id, mode.id()) == 0) throw new BadInput(404, "no article " + id);
            return Set.of("article:" + id);
        });
        announce(stale);
    }

    /** What every comment post and comment page asks first; kept in memory until the article changes. */
    public Optional<ArticleRef> ref(long id) {
        return refs.get(id, () -> jdbi.withExtension(ArticleStore.class, s -> s.find(id)).map(Articles::ref));
    }

    /** Forgets what {@link #ref} kept, when another node of a cluster changed articles. */
    public void forget() {
        refs.forgetAll();
    }

    public Optional<ArticleRef> refBySlug(String slug) {
        return jdbi.withExtension(ArticleStore.class, s -> s.findBySlug(slug)).map(Articles::ref);
    }

    private static ArticleRef ref(ArticleRow r) {
        Instant at = r.publishedAt() == null ? null : Instant.ofEpochMilli(r.publishedAt());
        return new ArticleRef(r.id(), r.title(), at == null ? null : ArticlePaths.of(at, r.slug()),
                r.status().equals(ArticleStatus.PUBLISHED.id()), at, CommentsMode.of(r.commentsMode()));
    }

    /** A published article by its slug, whole. */
    public Optional<Story> publishedStory(String slug) {
        return jdbi.withHandle(h -> h.attach(ArticleStore.class).findBySlug(slug)
                .filter(r -> r.status().equals(ArticleStatus.PUBLISHED.id()))
                .map(r -> story(h, r)));
    }

    public Optional<Story> story(long id) {
        return jdbi.withHandle(h -> h.attach(ArticleStore.class).find(id).map(r -> story(h, r)));
    }

    private Story story(Handle h, ArticleRow r) {
        ArticleStore store = h.attach(ArticleStore.class);
        List<Section> sections = store.sections(List.of(r.id())).stream().map(ArticleStore.SectionLink::section).toList();
        List<StaffMember> authors = ArticleLists.authorsOf(store, List.of(r.id())).getOrDefault(r.id(), List.of());
        List<Story.Note> notes = store.notes(r.id()).stream()
                .map(n -> new Story.Note(n.body(), Instant.ofEpochMilli(n.at()))).toList();
        return new Story(r.id(), r.slug(), r.title(), r.dek(), org.masthead.web.SanitizedHtml.fromStored(r.bodyHtml()),
                ArticleStatus.of(r.status()), r.language(), r.editorCredit(),
                r.publishedAt() == null ? null : Instant.ofEpochMilli(r.publishedAt()), Instant.ofEpochMilli(r.updatedAt()),
                r.featuredImageId() == null ? null : media.find(r.featuredImageId()).orElse(null),
                sections, store.tags(r.id()), authors, notes, CommentsMode.of(r.commentsMode()));
    }

    private long save(Long existingId, ArticleDraft d, Instant changedAt, String givenHtml, Revisions.Saving saving) {
        validate(d);
        List<StaffMember> authors = staff.bySlugs(d.authorSlugs());
        if (authors.size() != new HashSet<>(d.authorSlugs()).size()) {
            throw new BadInput("unknown author among " + d.authorSlugs());
        }
        List<Section> sections = new ArrayList<>();
        for (String slug : d.sectionSlugs()) {
            sections.add(taxonomy.section(slug).orElseThrow(() -> new BadInput("no section '" + slug + "'")));
        }
        if (d.featuredImageId() != null && media.find(d.featuredImageId()).isEmpty()) {
            throw new BadInput("no image " + d.featuredImageId());
        }
        String html = givenHtml != null ? givenHtml : Markdown.render(d.bodyMarkdown()).html();
        long now = changedAt.toEpochMilli();
        Long publishedAt = d.publishedAt() == null ? null : d.publishedAt().toEpochMilli();
        Set<String> stale = new HashSet<>();
        long id = jdbi.inTransaction(h -> {
            ArticleStore store = h.attach(ArticleStore.class);
            long otherThan = existingId == null ? -1 : existingId;
            String slug = d.slug();
            if (slug.isEmpty() && existingId != null) {
                // An edited headline must not move the story: links to it are already out in the world.
                slug = store.find(existingId).orElseThrow(() -> new BadInput(404, "no article " + existingId)).slug();
            } else if (slug.isEmpty()) {
                slug = Slugs.unique(Slugs.of(d.title()), s -> store.slugTaken(s, otherThan));
            }
            long articleId = otherThan;
            if (store.slugTaken(slug, otherThan)) throw new BadInput("another article already uses the slug '" + slug + "'");
            if (existingId == null) {
                articleId = store.insert(slug, d.title().strip(), d.dek().strip(), d.bodyMarkdown(), html,
                        d.status().id(), d.language(), d.editorCredit().strip(), d.featuredImageId(), publishedAt, now);
            } else {
                stale.addAll(dependents(h, existingId)); // the old sections and tags lose the article
                int changed = store.update(existingId, slug, d.title().strip(), d.dek().strip(), d.bodyMarkdown(), html,
                        d.status().id(), d.language(), d.editorCredit().strip(), d.featuredImageId(), publishedAt, now);
                if (changed == 0) throw new BadInput(404, "no article " + existingId);
            }
            Set<Long> tagIds = replaceLinks(h, store, articleId, authors, d, sections, now);
            Revisions.keep(h, articleId, d, saving, now);
            stale.addAll(pagesShowing(articleId, sections, tagIds, authors));
            return articleId;
        });
        announce(stale);
        return id;
    }

    /** Links the article to its authors, sections, tags and notes, in place of the old ones; returns its tags' ids. */
    private static Set<Long> replaceLinks(Handle h, ArticleStore store, long id, List<StaffMember> authors,
            ArticleDraft d, List<Section> sections, long now) {
        store.clearAuthors(id);
        for (int i = 0; i < d.authorSlugs().size(); i++) {
            String slug = d.authorSlugs().get(i);
            long staffId = authors.stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow().id();
            store.addAuthor(id, staffId, i);
        }
        store.clearSections(id);
        for (int i = 0; i < sections.size(); i++) store.addSection(id, sections.get(i).id(), i);
        store.clearTags(id);
        Set<Long> tagIds = new HashSet<>();
        TaxonomyStore tags = d.tags().isEmpty() ? null : h.attach(TaxonomyStore.class);
        for (String name : d.tags()) {
            Tag tag = Taxonomy.tagNamed(tags, name);
            if (tagIds.add(tag.id())) store.addTag(id, tag.id());
        }
        store.clearNotes(id);
        for (String note : d.notes()) store.addNote(id, note.strip(), now);
        return tagIds;
    }

    /** Keys of every cached page that shows this article: its own page, home, its sections (and their parents), tags, authors. */
    private Set<String> dependents(Handle h, long id) {
        ArticleStore store = h.attach(ArticleStore.class);
        Set<String> keys = new HashSet<>(Set.of("article:" + id, "home"));
        for (ArticleStore.SectionLink link : store.sections(List.of(id))) {
            taxonomy.trail(link.section()).forEach(s -> keys.add("section:" + s.id()));
        }
        store.tags(id).forEach(t -> keys.add("tag:" + t.id()));
        ArticleLists.authorsOf(store, List.of(id)).getOrDefault(id, List.of()).forEach(a -> keys.add("author:" + a.id()));
        return keys;
    }

    /** The same keys as {@link #dependents}, from what a save has just linked (three queries fewer per save). */
    private Set<String> pagesShowing(long id, List<Section> sections, Set<Long> tagIds, List<StaffMember> authors) {
        Set<String> keys = new HashSet<>(Set.of("article:" + id, "home"));
        for (Section section : sections) taxonomy.trail(section).forEach(s -> keys.add("section:" + s.id()));
        tagIds.forEach(t -> keys.add("tag:" + t));
        authors.forEach(a -> keys.add("author:" + a.id()));
        return keys;
    }

    private void announce(Set<String> keys) {
        if (keys.isEmpty()) return;
        refs.forgetAll();
        ContentChange change = new ContentChange(Set.copyOf(keys));
        listeners.forEach(l -> l.changed(change));
    }

    private static void validate(ArticleDraft d) {
        if (d.title() == null || d.title().isBlank()) throw new BadInput("an article needs a headline");
        if (d.title().length() > 300) throw new BadInput("the headline is longer than 300 characters");
        if (d.bodyMarkdown() == null) throw new BadInput("an article needs a body");
        if (d.editorCredit().strip().length() > 200) throw new BadInput("the editor credit is longer than 200 characters");
        if (!d.slug().isEmpty() && !Slugs.isValid(d.slug())) {
            throw new BadInput("the slug may hold only lower-case letters, digits and single hyphens");
        }
        if (d.authorSlugs().isEmpty()) throw new BadInput("an article needs at least one author");
        if (d.status() != ArticleStatus.DRAFT && d.publishedAt() == null) {
            throw new BadInput("a " + d.status().id() + " article needs a publication time");
        }
        if (!d.language().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
            throw new BadInput("'" + d.language() + "' is not a language code such as en or uk");
        }
    }
}
