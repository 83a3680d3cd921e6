package org.masthead.importers.wordpress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.masthead.Newsroom;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.CommentsMode;
import org.masthead.importers.wordpress.ImportReport.Kind;
import org.masthead.importers.wordpress.ImportReport.Outcome;
import org.masthead.web.BadInput;
import org.masthead.web.SanitizedHtml;
import org.masthead.web.Slugs;

/**
 * Posts (and pages, with --pages) as articles: title, slug, body, excerpt as dek, dates, authors, sections, tags,
 * featured picture, comments and old addresses, stored together in one transaction per post.
 */
final class Posts {
    private final Newsroom newsroom;
    private final Ledger ledger;
    private final ImportReport report;
    private final WordPressImport.Unit unit;
    private final Items items;
    private final Attachments attachments;
    private final ItemComments comments;
    private final Set<Long> sticky = new LinkedHashSet<>();

    Posts(Newsroom newsroom, Ledger ledger, WordPressImport.Options options, ImportReport report,
            WordPressImport.Unit unit, Items items, Attachments attachments) {
        this.newsroom = newsroom;
        this.ledger = ledger;
        this.report = report;
        this.unit = unit;
        this.items = items;
        this.attachments = attachments;
        this.comments = new ItemComments(newsroom, ledger, options, report);
    }

    /** The article an item would become, or why it cannot become one. */
    private record Plan(ArticleDraft draft, SanitizedHtml html, CommentsMode comments, boolean pinned, Instant changedAt,
            String fingerprint, String waitingFor) {}

    void store(WxrItem item, Kind kind) {
        String status = item.get("wp:status");
        if (status.equals("trash") || status.equals("auto-draft") || status.equals("inherit")) {
            report.count(kind, Outcome.SKIPPED);
            report.note(item.describe() + " skipped: WordPress status '" + status + "'");
            return;
        }
        var known = ledger.find("post", item.id());
        Long existingId = known.map(Ledger.Entry::localId).filter(id -> newsroom.articles.ref(id).isPresent()).orElse(null);
        Plan plan;
        try {
            plan = plan(item, status, existingId);
        } catch (BadInput e) {
            report.count(kind, Outcome.FAILED);
            report.problem(item.describe() + ": " + e.getMessage());
            return;
        }
        boolean unchanged = existingId != null && known.get().fingerprint().equals(plan.fingerprint());
        try {
            unit.run(() -> {
                long id = existingId != null ? existingId : -1;
                if (!unchanged) {
                    id = newsroom.articles.importAsOf(existingId, plan.draft(), plan.html(), plan.changedAt());
                    // A new article is open and unpinned already: two statements fewer for most posts.
                    if (existingId != null || plan.comments() != CommentsMode.OPEN) {
                        newsroom.articles.setCommentsMode(id, plan.comments());
                    }
                    if (existingId != null || plan.pinned()) newsroom.articles.setPinned(id, plan.pinned());
                    ledger.save("post", String.valueOf(item.id()), id, plan.fingerprint(), plan.waitingFor()).run();
                }
                redirects(item, kind, id);
                comments.store(item, id, plan.draft().publishedAt());
                return null;
            });
            report.count(kind, unchanged ? Outcome.UNCHANGED : existingId != null ? Outcome.UPDATED : Outcome.CREATED);
        } catch (BadInput | IllegalArgumentException e) {
            report.count(kind, Outcome.FAILED);
            report.problem(item.describe() + ": " + e.getMessage() + "; nothing of it was stored");
        } catch (JdbiException e) {
            // A value the database will not take (PostgreSQL enforces lengths that SQLite does not): this item only.
            report.count(kind, Outcome.FAILED);
            report.problem(item.describe() + ": the database refused it (" + ImportReport.reason(e)
                    + "); nothing of it was stored");
        }
    }

    private Plan plan(WxrItem item, String wpStatus, Long existingId) {
        ArticleStatus status = switch (wpStatus) {
            case "publish" -> ArticleStatus.PUBLISHED;
            case "future" -> ArticleStatus.SCHEDULED;
            case "draft", "pending" -> ArticleStatus.DRAFT;
            case "private" -> ArticleStatus.UNPUBLISHED;
            default -> throw new BadInput("unknown WordPress status '" + wpStatus + "'");
        };
        Instant date = WpDates.parse(item.get("wp:post_date_gmt"), item.get("wp:post_date")).orElse(null);
        if (date == null && status != ArticleStatus.DRAFT) {
            throw new BadInput("invalid date '" + item.get("wp:post_date_gmt") + "' / '" + item.get("wp:post_date") + "'");
        }
        if (date == null && !WpDates.isZero(item.get("wp:post_date"))) {
            report.problem(item.describe() + ": invalid date '" + item.get("wp:post_date") + "' ignored (a draft)");
        }
        if (status == ArticleStatus.SCHEDULED && date.isBefore(Instant.now())) {
            report.note(item.describe() + " was scheduled for " + date + ", which has passed: Masthead publishes it"
                    + " when its schedule next runs; make it a draft to hold it");
        }
        Instant changed = WpDates.parse(item.get("wp:post_modified_gmt"), item.get("wp:post_modified"))
                .orElse(date == null ? Instant.EPOCH : date);
        String title = Items.text(item.get("title"));
        if (title.isEmpty()) {
            title = "Untitled";
            report.problem(item.describe() + ": no title; imported as \"Untitled\"");
        }
        if (title.length() > 300) title = title.substring(0, 300);
        String slug = slug(item, title, existingId);
        String author = items.authorSlug(item.get("dc:creator"), "", item.get("dc:creator"), item.line);
        if (author == null) throw new BadInput("its author " + item.get("dc:creator") + " could not be created");
        List<String> sections = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (WxrItem.Term term : item.terms) {
            if (term.domain().equals("category")) {
                String section = items.sectionSlug(term.slug(), term.name(), null, "", item.line);
                if (section != null && !sections.contains(section)) sections.add(section);
            } else if (term.domain().equals("post_tag")) {
                String tag = items.tagName(term.slug(), term.name());
                if (!tag.isEmpty() && tag.length() <= 200 && !tags.contains(tag)) tags.add(tag);
            }
        }
        long thumbnail = WxrReader.number(item.meta.getOrDefault("_thumbnail_id", "0"));
        Long imageId = thumbnail > 0 ? attachments.imageId(thumbnail).orElse(null) : null;
        String waitingFor = thumbnail > 0 && imageId == null ? "thumbnail:" + thumbnail : "";
        SanitizedHtml html = SanitizedHtml.sanitize(WordPressHtml.body(item.get("content:encoded"), attachments::localUrl));
        String dek = Items.text(item.get("excerpt:encoded"));
        ArticleDraft draft = new ArticleDraft(title, dek, slug, MarkdownOf.html(html.html()), "en", "", List.of(author), sections, tags, imageId,
                List.of(), status, date);
        CommentsMode mode = item.get("wp:comment_status").equals("closed") ? CommentsMode.CLOSED : CommentsMode.OPEN;
        boolean pinned = item.get("wp:is_sticky").strip().equals("1") || sticky.contains(item.id());
        String fingerprint = Ledger.fingerprint(draft, html.html(), mode, pinned, changed);
        return new Plan(draft, html, mode, pinned, changed, fingerprint, waitingFor);
    }

    /** WordPress's slug (a draft may have none yet), made unique among the articles that are not this one. */
    private String slug(WxrItem item, String title, Long existingId) {
        String base = Items.slug(item.get("wp:post_name"), title);
        return Slugs.unique(base, s -> newsroom.articles.refBySlug(s)
                .filter(ref -> !Objects.equals(ref.id(), existingId)).isPresent());
    }

    /** The item's old addresses: its permalink, its guid when that is an address of the site, and ?p=ID. */
    private void redirects(WxrItem item, Kind kind, long articleId) {
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(item.get("link"));
        String guid = item.get("guid");
        if (guid.startsWith("http")) addresses.add(guid);
        addresses.add("/?p=" + item.id());
        if (kind == Kind.PAGES) addresses.add("/?page_id=" + item.id());
        addresses.removeIf(String::isBlank);
        newsroom.redirects.toArticle(List.copyOf(addresses), articleId).forEach(report::redirect);
        attachments.redirectsTo(item.id(), articleId);
    }

    /**
     * Sticky posts named in the channel (older exports) rather than on each item: pinned once all items are in.
     * Those already imported are pinned here; the list also reaches posts that come later in the file.
     */
    void sticky(List<Long> channelSticky) {
        for (long wpId : channelSticky) {
            if (!sticky.add(wpId)) continue;
            ledger.find("post", wpId).ifPresent(e -> newsroom.articles.setPinned(e.localId(), true));
        }
    }
}
