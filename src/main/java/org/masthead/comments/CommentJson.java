package org.masthead.comments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.masthead.web.Dates;

/** The shapes the comments JSON API and the live stream send, and their one serializer. */
final class CommentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CommentJson() {}

    /** One page of threads, as {@code GET /api/articles/{id}/comments} answers. */
    record Listing(long article, int count, int page, int lastPage, String sort, boolean open, List<Item> comments) {
        static Listing of(CommentSection section) {
            return new Listing(section.articleId(), section.count(), section.page(), section.lastPage(),
                    section.sort().id(), section.open(), section.threads().stream().map(Item::of).toList());
        }
    }

    /** A comment with its replies. A deleted one keeps its place (and replies) but shows no author or text. */
    record Item(long id, Long parentId, int depth, String author, String avatar, String html, boolean deleted, int likes,
            String createdAt, String editedAt, String url, List<Item> replies) {
        static Item of(Comment c) {
            return new Item(c.id(), c.parentId(), c.depth(), c.authorName(),
                    c.deleted() ? null : "/avatars/" + c.avatarKey() + ".svg", c.deleted() ? "" : c.body().html(),
                    c.deleted(), c.likes(), Dates.iso(c.createdAt()), c.editedAt() == null ? null : Dates.iso(c.editedAt()),
                    permalink(c.id()), c.replies().stream().map(Item::of).toList());
        }
    }

    /**
     * The answer to a new comment: {@code html} is its {@code <li>} for the page's script to insert, and
     * {@code parentId} where it went (a reply past the deepest level joins its parent's level).
     */
    record Posted(long id, String status, Long parentId, String url, String html, int count) {}

    /** A live event: a comment someone just published, ready to insert; {@code count} is the article's new total. */
    record Published(long id, Long parentId, String author, String html, int count) {}

    static String permalink(long id) {
        return "/comments/" + id + "/";
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
