package org.masthead.comments;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.masthead.articles.ArticleRef;
import org.masthead.moderation.Findings;
import org.masthead.moderation.Submission;
import org.masthead.moderation.phases.Validate;
import org.masthead.web.BadInput;

/**
 * Stores an imported discussion for {@link Comments#importAll}: every comment validated first, then all of them in
 * one transaction. Comments go in the order they were written, so ids (and the paths made of them) follow time and a
 * reply must not be older than the comment it answers.
 */
final class CommentImport {
    private final Jdbi jdbi;
    private final Validate validate;
    private final int maxDepth;

    CommentImport(Jdbi jdbi, Validate validate, int maxDepth) {
        this.jdbi = jdbi;
        this.validate = validate;
        this.maxDepth = maxDepth;
    }

    /** Where an imported comment went, for the replies that follow it. */
    record Spot(long id, long threadId, String path, int depth, int likes, Spot parent) {}

    int store(ArticleRef article, List<ImportedComment> discussion) {
        List<ImportedComment> inOrder = discussion.stream().sorted(Comparator.comparing(ImportedComment::at)).toList();
        List<String> html = inOrder.stream().map(c -> checkedHtml(article, c)).toList();
        jdbi.useTransaction(h -> {
            CommentStore store = h.attach(CommentStore.class);
            Map<String, Spot> spots = new HashMap<>();
            for (int i = 0; i < inOrder.size(); i++) {
                ImportedComment c = inOrder.get(i);
                Spot parent = c.parentKey() == null ? null : spots.get(c.parentKey());
                if (c.parentKey() != null && parent == null) {
                    throw new BadInput(422, "Comment " + c.key() + " answers " + c.parentKey()
                            + ", which comes later or not at all.");
                }
                // As for live replies: an answer to the deepest level goes next to the comment it answers.
                Spot attachTo = parent == null || parent.depth() < maxDepth ? parent : parent.parent();
                int depth = attachTo == null ? 1 : attachTo.depth() + 1;
                long id = store.insert(article.id(), attachTo == null ? null : attachTo.id(), depth, c.name().strip(),
                        c.email().strip(), null, c.text().strip(), html.get(i), "published", "import/imported: " + c.key(),
                        "", "", false, c.at().toEpochMilli(), "", "publish", "import", "");
                spots.put(c.key(), new Spot(id, attachTo == null ? id : attachTo.threadId(),
                        Comments.pathUnder(attachTo == null ? null : attachTo.path(), id), depth, c.likes(), attachTo));
            }
            List<Spot> placed = List.copyOf(spots.values());
            store.placeAll(placed.stream().map(Spot::id).toList(), placed.stream().map(Spot::threadId).toList(),
                    placed.stream().map(Spot::path).toList(), placed.stream().map(Spot::likes).toList());
            store.recount(article.id());
        });
        return inOrder.size();
    }

    /** The comment's HTML, if it passes validation like a new comment and is not older than its article. */
    private String checkedHtml(ArticleRef article, ImportedComment c) {
        if (article.publishedAt() != null && c.at().isBefore(article.publishedAt())) {
            throw new BadInput(422, "Comment " + c.key() + " is older than its article.");
        }
        var refusal = validate.assess(new Submission(article.id(), c.name(), c.email(), c.text(), "", c.at()),
                new Findings());
        if (refusal.isPresent()) throw new BadInput(422, "Comment " + c.key() + ": " + refusal.get().reason().detail());
        return CommentText.toHtml(c.text()).html();
    }
}
