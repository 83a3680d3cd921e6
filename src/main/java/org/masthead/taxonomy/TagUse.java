package org.masthead.taxonomy;

/** A tag and how many articles carry it: the desk deletes only unused tags. */
public record TagUse(long id, String slug, String name, int articles) {
    public Tag tag() {
        return new Tag(id, slug, name);
    }
}
