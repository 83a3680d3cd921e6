package org.masthead.taxonomy;

/** A section of the newspaper (a category); sections nest, e.g. Europe inside International. */
public record Section(long id, Long parentId, String slug, String name, String description, int position) {
    public String path() {
        return "/category/" + slug + "/";
    }
}
