package org.masthead.importers.wordpress;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.masthead.Newsroom;
import org.masthead.importers.wordpress.ImportReport.Kind;
import org.masthead.importers.wordpress.ImportReport.Outcome;
import org.masthead.media.ExifOrientation;
import org.masthead.media.Image;
import org.masthead.web.BadInput;

/**
 * Attachments: pictures copied from the old site's uploads folder ({@code --media-dir}) into the media library, with
 * their alt text, caption and credit. Without the folder (or the file) an attachment is remembered by its original
 * address, reported, and copied by a later run that has the folder.
 */
final class Attachments {
    private final Newsroom newsroom;
    private final Ledger ledger;
    private final WordPressImport.Options options;
    private final ImportReport report;
    private final WordPressImport.Unit unit;
    private final Map<Long, String> urls = new HashMap<>();

    Attachments(Newsroom newsroom, Ledger ledger, WordPressImport.Options options, ImportReport report,
            WordPressImport.Unit unit) {
        this.newsroom = newsroom;
        this.ledger = ledger;
        this.options = options;
        this.report = report;
        this.unit = unit;
    }

    /** The Masthead image of a WordPress attachment, when its file was copied. */
    Optional<Long> imageId(long attachmentId) {
        return ledger.find("attachment", attachmentId).map(Ledger.Entry::localId).filter(id -> id > 0);
    }

    /** Where a copied attachment is shown here (for pictures inside posts), or null. */
    String localUrl(long attachmentId) {
        return imageId(attachmentId).map(id -> urls.computeIfAbsent(id,
                k -> newsroom.media.find(k).map(Image::defaultUrl).orElse(null))).orElse(null);
    }

    void store(WxrItem item) {
        long wpId = item.id();
        String attached = item.meta.getOrDefault("_wp_attached_file", "");
        String url = item.get("wp:attachment_url");
        String alt = item.meta.getOrDefault("_wp_attachment_image_alt", "").strip();
        String caption = Items.text(item.get("excerpt:encoded"));
        String metadata = item.meta.getOrDefault("_wp_attachment_metadata", "");
        String credit = PhpSerialized.string(metadata, "image_meta", "credit")
                .or(() -> PhpSerialized.string(metadata, "image_meta", "copyright")).orElse("").strip();
        Path file = file(attached);
        var known = ledger.find("attachment", wpId);
        boolean copied = known.isPresent() && known.get().localId() > 0;
        String fingerprint = Ledger.fingerprint(attached, url, alt, caption, credit, copied || file != null);
        if (copied) {
            describe(item, known.get(), fingerprint, alt, caption, credit);
            return;
        }
        if (known.isPresent() && file == null) {
            report.count(Kind.ATTACHMENTS, Outcome.UNCHANGED);
            notCopied(item, url);
            redirects(item);
            return;
        }
        try {
            unit.run(() -> {
                long imageId = 0;
                if (file != null) {
                    BufferedImage picture = read(file, item);
                    if (options.dryRun()) {
                        imageId = 0;
                    } else {
                        imageId = newsroom.media.add(picture, clip(alt, 2000), clip(caption, 2000), clip(credit, 300)).id();
                    }
                }
                ledger.save("attachment", String.valueOf(wpId), imageId, fingerprint, url).run();
                if (imageId > 0) {
                    for (long articleId : ledger.localIdsWaitingFor("post", "thumbnail:" + wpId)) {
                        newsroom.articles.setFeaturedImage(articleId, imageId);
                    }
                }
                redirects(item);
                return null;
            });
            report.count(Kind.ATTACHMENTS, known.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
            if (file == null) notCopied(item, url);
        } catch (BadInput | IllegalStateException e) {
            report.count(Kind.ATTACHMENTS, Outcome.FAILED);
            report.problem(item.describe() + ": " + e.getMessage());
        }
    }

    /**
     * A picture copied by an earlier run is not copied again, but what a newer export says about it (alt text,
     * caption, credit) is brought up to date; an export that says the same leaves it (and an editor's changes) alone.
     */
    private void describe(WxrItem item, Ledger.Entry known, String fingerprint, String alt, String caption, String credit) {
        if (known.fingerprint().equals(fingerprint)) {
            report.count(Kind.ATTACHMENTS, Outcome.UNCHANGED);
            redirects(item);
            return;
        }
        try {
            unit.run(() -> {
                newsroom.media.describe(known.localId(), clip(alt, 1000), clip(caption, 1000), clip(credit, 300));
                ledger.save("attachment", String.valueOf(item.id()), known.localId(), fingerprint,
                        item.get("wp:attachment_url")).run();
                redirects(item);
                return null;
            });
            report.count(Kind.ATTACHMENTS, Outcome.UPDATED);
        } catch (BadInput e) {
            report.count(Kind.ATTACHMENTS, Outcome.FAILED);
            report.problem(item.describe() + ": " + e.getMessage());
        }
    }

    private void notCopied(WxrItem item, String url) {
        report.note(item.describe() + " not copied (" + (options.mediaDir() == null ? "no --media-dir"
                : "no file for it in " + options.mediaDir()) + "): it stays at " + url);
    }

    /**
     * The attachment's old addresses (its page, ?attachment_id=N) lead to the article of the post it belongs to,
     * now or when that post is imported ({@link #redirectsTo}).
     */
    private void redirects(WxrItem item) {
        long parent = WxrReader.number(item.get("wp:post_parent"));
        if (parent == 0) return;
        String key = String.valueOf(item.id());
        if (ledger.find(Ledger.ATTACHMENT_PAGE, key).isEmpty()) {
            ledger.save(Ledger.ATTACHMENT_PAGE, key, parent, "", item.get("link")).run();
        }
        ledger.find("post", parent).ifPresent(post -> redirectsTo(parent, post.localId()));
    }

    /** Redirects the pages of a post's attachments to its article. */
    void redirectsTo(long postWpId, long articleId) {
        for (String attachment : ledger.attachmentsOf(postWpId)) {
            String link = ledger.find(Ledger.ATTACHMENT_PAGE, attachment).map(Ledger.Entry::detail).orElse("");
            for (String address : List.of(link, "/?attachment_id=" + attachment)) {
                if (!address.isBlank()) report.redirect(newsroom.redirects.toArticle(address, articleId));
            }
        }
    }

    private Path file(String attached) {
        if (options.mediaDir() == null || attached.isBlank() || attached.contains("..")) return null;
        for (String prefix : new String[] {"", "wp-content/uploads/", "uploads/"}) {
            Path candidate = options.mediaDir().resolve(prefix + attached).normalize();
            if (candidate.startsWith(options.mediaDir().normalize()) && Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }

    private static BufferedImage read(Path file, WxrItem item) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
            if (picture == null) throw new BadInput("the file " + file.getFileName() + " is not a picture Masthead reads");
            return ExifOrientation.upright(picture, bytes); // as for an upload: a phone's portrait photo stays upright
        } catch (IOException e) {
            throw new BadInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
