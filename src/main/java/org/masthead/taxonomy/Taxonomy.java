package org.masthead.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.masthead.articles.ContentChange;
import org.masthead.web.BadInput;
import org.masthead.web.Slugs;

/** Sections (hierarchical categories) and tags. */
public final class Taxonomy {
    private final Jdbi jdbi;
    private final List<ContentChange.Listener> listeners = new CopyOnWriteArrayList<>();
    /** The ordered sections, read once: every page's navigation and every section page asks, they rarely change. */
    private final AtomicReference<List<Section>> sections = new AtomicReference<>();

    public Taxonomy(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void onChange(ContentChange.Listener listener) {
        listeners.add(listener);
    }

    /** All sections, parents before their children, each list in menu order. */
    public List<Section> sections() {
        List<Section> known = sections.get();
        if (known != null) return known;
        List<Section> all = jdbi.withExtension(TaxonomyStore.class, TaxonomyStore::sections);
        List<Section> ordered = new ArrayList<>();
        addChildren(all, null, ordered);
        sections.set(List.copyOf(ordered));
        return sections.get();
    }

    /** Forgets the sections it read, after this or another node added one. */
    public void forget() {
        sections.set(null);
    }

    public List<Section> topLevelSections() {
        return sections().stream().filter(s -> s.parentId() == null).toList();
    }

    public Optional<Section> section(String slug) {
        return sections().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The section and every section below it, for listing a parent section's stories. */
    public List<Long> sectionAndDescendants(Section section) {
        List<Section> below = new ArrayList<>();
        addChildren(sections(), section.id(), below);
        List<Long> ids = new ArrayList<>(List.of(section.id()));
        below.forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** The chain from the top-level section down to this one. */
    public List<Section> trail(Section section) {
        List<Section> all = sections();
        List<Section> trail = new ArrayList<>();
        for (Section s = section; s != null; ) {
            trail.addFirst(s);
            Long parent = s.parentId();
            s = parent == null ? null : all.stream().filter(x -> x.id() == parent).findFirst().orElse(null);
        }
        return trail;
    }

    /** Adds a section; {@code slug} may be null to derive it from the name. */
    public Section addSection(String slug, String name, String parentSlug, String description) {
        if (name == null || name.isBlank() || name.length() > 200) throw new BadInput("a section needs a name of 1 to 200 characters");
        Section added = jdbi.inTransaction(h -> {
            Long parentId = null;
            if (parentSlug != null) {
                parentId = section(parentSlug).map(Section::id)
                        .orElseThrow(() -> new BadInput("no section '" + parentSlug + "'"));
            }
            String sectionSlug = slug == null ? Slugs.of(name) : slug;
            if (!Slugs.isValid(sectionSlug)) throw new BadInput("'" + sectionSlug + "' is not a valid slug");
            if (section(sectionSlug).isPresent()) throw new BadInput("a section '" + sectionSlug + "' already exists");
            int position = sections().size();
            long id = h.attach(TaxonomyStore.class).insertSection(parentId, sectionSlug, name.strip(), description, position);
            return new Section(id, parentId, sectionSlug, name.strip(), description, position);
        });
        forget();
        // Every page shows the top-level sections in its navigation; a subsection changes no page yet, but other
        // nodes must forget their list of sections too.
        ContentChange change = new ContentChange(Set.of(added.parentId() == null ? "site" : "sections"));
        listeners.forEach(l -> l.changed(change));
        return added;
    }

    /**
     * Renames a section and, when {@code slug} changes, keeps the old address answering 301 to the new one. Every
     * page may show the section's name (navigation, article pages), so all cached pages go stale.
     */
    public Section renameSection(long id, String name, String slug, String description) {
        Section old = sections().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new BadInput(404, "There is no such section."));
        String cleanName = requireName(name, "section");
        String newSlug = slug == null || slug.isBlank() ? old.slug() : slug.strip();
        if (!Slugs.isValid(newSlug)) throw new BadInput("'" + newSlug + "' is not a valid slug: lower-case letters, digits and single hyphens");
        if (!newSlug.equals(old.slug()) && section(newSlug).isPresent()) {
            throw new BadInput(409, "Another section already has the address /category/" + newSlug + "/.");
        }
        String text = description == null ? "" : description.strip();
        jdbi.useTransaction(h -> {
            TaxonomyStore store = h.attach(TaxonomyStore.class);
            if (!newSlug.equals(old.slug())) {
                store.dropRedirect("section", newSlug); // the address is live again
                store.addRedirect("section", old.slug(), id);
            }
            store.updateSection(id, newSlug, cleanName, text);
        });
        changed("site");
        return new Section(id, old.parentId(), newSlug, cleanName, text, old.position());
    }

    /** Deletes a section that files no article and holds no subsection. */
    public void deleteSection(long id) {
        Section section = sections().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new BadInput(404, "There is no such section."));
        jdbi.useTransaction(h -> {
            TaxonomyStore store = h.attach(TaxonomyStore.class);
            int articles = store.articlesInSection(id);
            if (articles > 0) throw new BadInput(409, section.name() + " still files " + articles + " article(s); move them first.");
            if (store.subsections(id) > 0) throw new BadInput(409, section.name() + " still holds subsections; delete or move them first.");
            store.dropRedirects("section", section.slug(), id);
            store.deleteSection(id);
        });
        changed("site");
    }

    /** How many articles each section files, by section id. */
    public java.util.Map<Long, Integer> sectionUse() {
        java.util.Map<Long, Integer> use = new java.util.HashMap<>();
        jdbi.withExtension(TaxonomyStore.class, TaxonomyStore::sectionUse).forEach(c -> use.put(c.id(), c.articles()));
        return use;
    }

    public List<TagUse> tagsWithUse() {
        return jdbi.withExtension(TaxonomyStore.class, TaxonomyStore::tagsWithUse);
    }

    /** Renames a tag; an old address answers 301 to the new one. Pages listing the tag go stale. */
    public Tag renameTag(long id, String name, String slug) {
        String cleanName = requireName(name, "tag");
        Tag renamed = jdbi.inTransaction(h -> {
            TaxonomyStore store = h.attach(TaxonomyStore.class);
            Tag old = store.tagById(id).orElseThrow(() -> new BadInput(404, "There is no such tag."));
            String newSlug = slug == null || slug.isBlank() ? Slugs.of(cleanName) : slug.strip();
            if (!Slugs.isValid(newSlug)) throw new BadInput("'" + newSlug + "' is not a valid slug: lower-case letters, digits and single hyphens");
            if (!newSlug.equals(old.slug())) {
                if (store.tag(newSlug).isPresent()) throw new BadInput(409, "Another tag already has the address /tag/" + newSlug + "/.");
                store.dropRedirect("tag", newSlug);
                store.addRedirect("tag", old.slug(), id);
            }
            store.updateTag(id, newSlug, cleanName);
            return new Tag(id, newSlug, cleanName);
        });
        changed("tag:" + id);
        return renamed;
    }

    /** Deletes a tag no article carries. */
    public void deleteTag(long id) {
        jdbi.useTransaction(h -> {
            TaxonomyStore store = h.attach(TaxonomyStore.class);
            Tag tag = store.tagById(id).orElseThrow(() -> new BadInput(404, "There is no such tag."));
            int articles = store.articlesTagged(id);
            if (articles > 0) throw new BadInput(409, "The tag " + tag.name() + " is still on " + articles + " article(s).");
            store.dropRedirects("tag", tag.slug(), id);
            store.deleteTag(id);
        });
        changed("tag:" + id);
    }

    /** Where a renamed section now lives, for an address that used its old slug. */
    public Optional<Section> sectionFormerlyAt(String slug) {
        Optional<Long> id = jdbi.withExtension(TaxonomyStore.class, s -> s.redirect("section", slug));
        return id.flatMap(i -> sections().stream().filter(s -> s.id() == i).findFirst());
    }

    public Optional<Tag> tagFormerlyAt(String slug) {
        return jdbi.withExtension(TaxonomyStore.class, s -> s.redirect("tag", slug).flatMap(s::tagById));
    }

    private void changed(String key) {
        forget();
        ContentChange change = new ContentChange(Set.of(key));
        listeners.forEach(l -> l.changed(change));
    }

    private static String requireName(String name, String what) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new BadInput("A " + what + " needs a name of 1 to 200 characters.");
        }
        return name.strip();
    }

    public Optional<Tag> tag(String slug) {
        return jdbi.withExtension(TaxonomyStore.class, s -> s.tag(slug));
    }

    /**
     * The tag named {@code name}, created on first use; used inside the caller's transaction, with a store the caller
     * attached once for all its tags (attaching a store costs more than the query: JDBI prepares every method).
     */
    public static Tag tagNamed(TaxonomyStore store, String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 200) throw new BadInput("a tag needs 1 to 200 characters");
        String slug = Slugs.of(clean);
        return store.tag(slug).orElseGet(() -> new Tag(store.insertTag(slug, clean), slug, clean));
    }

    private static void addChildren(List<Section> all, Long parentId, List<Section> out) {
        for (Section s : all) {
            if (java.util.Objects.equals(s.parentId(), parentId)) {
                out.add(s);
                addChildren(all, s.id(), out);
            }
        }
    }
}
