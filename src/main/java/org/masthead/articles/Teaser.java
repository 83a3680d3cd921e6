package org.masthead.articles;

import java.time.Instant;
import java.util.List;
import org.masthead.accounts.StaffMember;
import org.masthead.media.Image;
import org.masthead.taxonomy.Section;

/** What a list of stories shows of each: headline, standfirst, picture, section, byline, date. */
public record Teaser(long id, String slug, String title, String dek, Instant publishedAt, Instant updatedAt,
        Image image, Section section, List<StaffMember> authors) {

    public String path() {
        return ArticlePaths.of(publishedAt, slug);
    }
}
