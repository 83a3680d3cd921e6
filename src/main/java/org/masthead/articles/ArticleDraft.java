package org.masthead.articles;

import java.time.Instant;
import java.util.List;

/**
 * What a journalist submits for an article. {@code slug} may be empty: a new article derives it from the title,
 * an edited one keeps the slug it has;
 * {@code publishedAt} is required for scheduled and published articles.
 */
public record ArticleDraft(String title, String dek, String slug, String bodyMarkdown, String language,
        String editorCredit, List<String> authorSlugs, List<String> sectionSlugs, List<String> tags,
        Long featuredImageId, List<String> notes, ArticleStatus status, Instant publishedAt) {

    public ArticleDraft {
        dek = dek == null ? "" : dek;
        slug = slug == null ? "" : slug;
        language = language == null || language.isBlank() ? "en" : language;
        editorCredit = editorCredit == null ? "" : editorCredit;
        authorSlugs = List.copyOf(authorSlugs);
        sectionSlugs = List.copyOf(sectionSlugs);
        tags = List.copyOf(tags);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
