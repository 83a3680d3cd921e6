package org.masthead.articles;

import java.time.Instant;
import java.util.List;
import org.masthead.accounts.StaffMember;
import org.masthead.media.Image;
import org.masthead.taxonomy.Section;
import org.masthead.taxonomy.Tag;
import org.masthead.web.SanitizedHtml;

/** A whole article as the reader's page shows it. */
public record Story(long id, String slug, String title, String dek, SanitizedHtml body, ArticleStatus status,
        String language, String editorCredit, Instant publishedAt, Instant updatedAt, Image image,
        List<Section> sections, List<Tag> tags, List<StaffMember> authors, List<Note> notes, CommentsMode commentsMode) {

    public record Note(String body, Instant at) {}

    public String path() {
        return ArticlePaths.of(publishedAt, slug);
    }

    /** Shown as "Updated" only when the article changed after publication, not on a typo fix minutes later. */
    public boolean wasUpdated() {
        return updatedAt.isAfter(publishedAt.plusSeconds(600));
    }
}
