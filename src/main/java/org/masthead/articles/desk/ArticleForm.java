package org.masthead.articles.desk;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.CommentsMode;
import org.masthead.articles.Story;
import org.masthead.media.Image;
import org.masthead.web.FormState;
import org.masthead.web.InvalidFields;
import org.masthead.web.Slugs;

/**
 * The editor's form: what it shows for a stored article, and the draft it makes from what was posted. Every
 * problem is collected with the field it belongs to, so the form comes back with all of them marked at once.
 * Publication times are in UTC, as the form says.
 */
final class ArticleForm {
    static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** What the journalist asked for with the button they pressed. */
    enum Action { SAVE, PUBLISH, SCHEDULE, UNPUBLISH, PREVIEW }

    /** A checked form: the draft to save, and what else the form sets. */
    record Checked(ArticleDraft draft, CommentsMode comments, Long imageId, String imageAlt, String imageCaption,
            String imageCredit) {}

    private ArticleForm() {}

    static Action action(FormState form) {
        return switch (form.value("action")) {
            case "publish" -> Action.PUBLISH;
            case "schedule" -> Action.SCHEDULE;
            case "unpublish" -> Action.UNPUBLISH;
            case "preview" -> Action.PREVIEW;
            default -> Action.SAVE;
        };
    }

    /** The form for a stored article. */
    static FormState of(Story s) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("title", List.of(s.title()));
        v.put("dek", List.of(s.dek()));
        v.put("slug", List.of(s.slug()));
        v.put("language", List.of(s.language()));
        v.put("editor_credit", List.of(s.editorCredit()));
        v.put("authors", s.authors().stream().map(a -> a.slug()).toList());
        v.put("sections", s.sections().stream().map(x -> x.slug()).toList());
        v.put("tags", s.tags().stream().map(t -> t.name()).toList());
        v.put("notes", List.of(String.join("\n", s.notes().stream().map(Story.Note::body).toList())));
        v.put("comments", List.of(s.commentsMode().id()));
        if (s.status() == ArticleStatus.SCHEDULED && s.publishedAt() != null) {
            v.put("publish_at", List.of(LOCAL_MINUTES.format(s.publishedAt().atOffset(ZoneOffset.UTC))));
        }
        Image image = s.image();
        if (image != null) {
            v.put("image", List.of(String.valueOf(image.id())));
            v.put("image_alt", List.of(image.altText()));
            v.put("image_caption", List.of(image.caption()));
            v.put("image_credit", List.of(image.credit()));
        }
        return new FormState(v, Map.of());
    }

    /**
     * Checks the posted form and makes the draft; {@code body} is read separately because the stored Markdown is
     * the journalist's text exactly (line breaks included). Throws {@link InvalidFields} naming every problem.
     */
    static Checked check(FormState f, Story stored, Action action, Instant now, boolean hasNewPicture) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = f.value("title").strip();
        if (title.isEmpty()) errors.put("title", "Write a headline.");
        else if (title.length() > 300) errors.put("title", "The headline is longer than 300 characters.");
        String dek = f.value("dek").strip();
        if (dek.length() > 1000) errors.put("dek", "The standfirst is longer than 1,000 characters.");
        String slug = f.value("slug").strip();
        if (!slug.isEmpty() && !Slugs.isValid(slug)) {
            errors.put("slug", "Use only lower-case letters, digits and single hyphens, e.g. harbour-strike-ends.");
        }
        String language = f.value("language").strip();
        if (language.isEmpty()) language = "en";
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) errors.put("language", "Write a language code such as en, ru or uk.");
        String credit = f.value("editor_credit").strip();
        if (credit.length() > 200) errors.put("editor_credit", "The credit is longer than 200 characters.");
        List<String> authors = List.copyOf(new LinkedHashSet<>(f.all("authors")));
        if (authors.isEmpty()) errors.put("authors", "Choose at least one author.");
        List<String> tags = tags(f);
        if (tags.stream().anyMatch(t -> t.length() > 200)) errors.put("new_tags", "A tag takes at most 200 characters.");
        List<String> notes = Arrays.stream(f.value("notes").split("\r?\n")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        CommentsMode comments = switch (f.value("comments")) {
            case "closed" -> CommentsMode.CLOSED;
            case "hidden" -> CommentsMode.HIDDEN;
            default -> CommentsMode.OPEN;
        };
        Long imageId = f.has("remove_image", "yes") ? null : number(f.value("image"));
        String alt = f.value("image_alt").strip(), caption = f.value("image_caption").strip(), imageCredit = f.value("image_credit").strip();

        ArticleStatus status = stored == null ? ArticleStatus.DRAFT : stored.status();
        Instant publishedAt = stored == null ? null : stored.publishedAt();
        switch (action) {
            case PUBLISH -> {
                status = ArticleStatus.PUBLISHED;
                // A story that was out before keeps its date (and address); anything else goes out now.
                boolean wasOut = stored != null && publishedAt != null
                        && (stored.status() == ArticleStatus.PUBLISHED || stored.status() == ArticleStatus.UNPUBLISHED);
                if (!wasOut) publishedAt = now.truncatedTo(ChronoUnit.SECONDS);
            }
            case SCHEDULE -> {
                status = ArticleStatus.SCHEDULED;
                publishedAt = scheduleTime(f.value("publish_at"), now, errors);
                if (stored != null && stored.status() == ArticleStatus.PUBLISHED) {
                    errors.put("publish_at", "This article is already published; unpublish it first to schedule it.");
                }
            }
            case UNPUBLISH -> {
                // A scheduled story that is called off goes back to being a draft; a published one is taken down.
                boolean wasPublished = stored != null && stored.status() == ArticleStatus.PUBLISHED;
                status = wasPublished ? ArticleStatus.UNPUBLISHED : ArticleStatus.DRAFT;
                if (!wasPublished) publishedAt = null;
            }
            default -> { }
        }
        boolean goesOut = status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
        if (goesOut && (imageId != null || hasNewPicture)) {
            if (alt.isEmpty()) errors.put("image_alt", "Describe the picture for readers who cannot see it before publishing.");
            if (caption.isEmpty()) errors.put("image_caption", "Write a caption before publishing.");
            if (imageCredit.isEmpty()) errors.put("image_credit", "Credit the picture before publishing.");
        }
        if (alt.length() > 1000) errors.put("image_alt", "The alt text is longer than 1,000 characters.");
        if (caption.length() > 1000) errors.put("image_caption", "The caption is longer than 1,000 characters.");
        if (imageCredit.length() > 300) errors.put("image_credit", "The credit is longer than 300 characters.");
        if (!errors.isEmpty()) throw new InvalidFields(errors);
        ArticleDraft draft = new ArticleDraft(title, dek, slug, f.value("body").replace("\r\n", "\n"), language, credit,
                authors, List.copyOf(new LinkedHashSet<>(f.all("sections"))), tags, imageId, notes, status, publishedAt);
        return new Checked(draft, comments, imageId, alt, caption, imageCredit);
    }

    /** Tags kept (checked) plus new ones typed, comma-separated; the same tag twice is kept once. */
    static List<String> tags(FormState f) {
        List<String> tags = new ArrayList<>(f.all("tags"));
        for (String typed : f.value("new_tags").split(",")) {
            if (!typed.isBlank()) tags.add(typed.strip());
        }
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String t : tags) bySlug.putIfAbsent(Slugs.of(t.strip()), t.strip());
        return List.copyOf(bySlug.values());
    }

    private static Instant scheduleTime(String text, Instant now, Map<String, String> errors) {
        if (text.isBlank()) {
            errors.put("publish_at", "Choose the date and time (UTC) to publish at.");
            return null;
        }
        try {
            Instant at = LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            if (!at.isAfter(now)) {
                errors.put("publish_at", "That time has passed; choose a time in the future (UTC), or press Publish now.");
            }
            return at;
        } catch (DateTimeException e) {
            errors.put("publish_at", "Write the time as year-month-day and hours:minutes, e.g. 2026-12-01T08:30.");
            return null;
        }
    }

    private static Long number(String text) {
        try {
            long n = Long.parseLong(text.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
