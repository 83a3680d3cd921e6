package org.masthead.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
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

    public Optional<Tag> tag(String slug) {
        return jdbi.withExtension(TaxonomyStore.class, s -> s.tag(slug));
    }

    /** The tag named {@code name}, created on first use; used inside the caller's transaction. */
    public static Tag tagNamed(Handle h, String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 200) throw new BadInput("a tag needs 1 to 200 characters");
        String slug = Slugs.of(clean);
        TaxonomyStore store = h.attach(TaxonomyStore.class);
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
