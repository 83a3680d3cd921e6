package org.masthead.articles;

import java.time.Instant;
import java.util.List;
import org.masthead.accounts.StaffMember;
import org.masthead.media.Image;
import org.masthead.taxonomy.Section;

/** What a list of stories shows of each: headline, standfirst, picture, section, byline, date. */
public record Teaser(long id, String slug, String title, String dek, Instant publishedAt, Instant updatedAt,
        Image image, Section section, List<StaffMember> authors, int comments) {

    public String path() {
        return ArticlePaths.of(publishedAt, slug);
    }

    /** Page-cache keys of the comment counts these teasers show: a new comment on one of them makes the list stale. */
    public static java.util.Set<String> countKeys(List<Teaser> teasers) {
        return teasers.stream().map(t -> "count:" + t.id()).collect(java.util.stream.Collectors.toSet());
    }
}
