package org.masthead.feeds;

import org.masthead.accounts.Staff;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.Listing;
import org.masthead.site.SiteIdentity;
import org.masthead.taxonomy.Section;
import org.masthead.taxonomy.Tag;
import org.masthead.taxonomy.Taxonomy;
import org.masthead.web.BadInput;
import org.masthead.web.Frames;

/** Finds what a feed address names (the site, a section, a tag, an author) and describes its channel. */
public final class Channels {
    private final Taxonomy taxonomy;
    private final Staff staff;
    private final Frames frames;

    public Channels(Taxonomy taxonomy, Staff staff, Frames frames) {
        this.taxonomy = taxonomy;
        this.staff = staff;
        this.frames = frames;
    }

    Channel site() {
        SiteIdentity site = frames.site();
        String description = site.description().isBlank() ? "The latest stories from " + site.name() + "." : site.description();
        return new Channel(site.name(), description, "/", Listing.all(), "home");
    }

    /** A section's feed follows its subsections too, like the section page does. */
    Channel section(String slug) {
        Section section = taxonomy.section(slug).orElseThrow(() -> notFound("section"));
        String description = section.description().isBlank()
                ? "The latest " + section.name() + " stories from " + siteName() + "." : section.description();
        return new Channel(siteName() + " – " + section.name(), description, section.path(),
                Listing.sections(taxonomy.sectionAndDescendants(section)), "section:" + section.id());
    }

    Channel tag(String slug) {
        Tag tag = taxonomy.tag(slug).orElseThrow(() -> notFound("tag"));
        return new Channel(siteName() + " – " + tag.name(), "Every story about " + tag.name() + " from " + siteName() + ".",
                tag.path(), Listing.tag(tag.id()), "tag:" + tag.id());
    }

    Channel author(String slug) {
        StaffMember author = staff.bySlug(slug).orElseThrow(() -> notFound("author"));
        String description = author.bio().isBlank() ? "Stories by " + author.name() + "." : author.bio();
        return new Channel(siteName() + " – " + author.name(), description, "/author/" + author.slug() + "/",
                Listing.author(author.id()), "author:" + author.id());
    }

    private String siteName() {
        return frames.site().name();
    }

    private static BadInput notFound(String what) {
        return new BadInput(404, "There is no such " + what + " here, so there is no feed for it.");
    }
}
