package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.comments.CommentRefused;
import org.masthead.comments.NewComment;
import org.masthead.moderation.sanctions.Commenter;
import org.masthead.testing.Fixtures;

/** Every reason, score and matched word is stored with the comment, and read back as it was. */
class StoredVerdictTest {
    private final ModerationDatabase db = new ModerationDatabase();
    private final Fixtures fixtures = new Fixtures(db.newsroom).basics();
    private final long article = fixtures.publish("Council votes on the bridge", "The council met on Tuesday.");

    @AfterEach
    void close() {
        db.close();
    }

    private NewComment comment(String email, String text) {
        return new NewComment(article, null, "Ada", email, text, false, "203.0.113.7", "owner-key", null);
    }

    @Test
    void a_held_comment_is_stored_pending_with_the_reason_it_was_held() {
        db.moderation.sanctions().premoderate(Commenter.email("new@example.org"), "", "mod");
        var posted = db.newsroom.comments.post(comment("new@example.org", "The bridge is long overdue."));
        assertThat(posted.comment().status()).isEqualTo("pending");

        Verdict stored = db.newsroom.comments.verdict(posted.comment().id());

        assertThat(stored.decision()).isInstanceOf(Decision.Review.class);
        assertThat(stored.decision().reason()).extracting(Reason::phase, Reason::code).containsExactly("banned", "premoderated");
        assertThat(stored.reasons()).isEqualTo(posted.verdict().reasons());
    }

    @Test
    void a_refused_comment_is_not_stored_and_says_why() {
        db.moderation.sanctions().ban(Commenter.email("troll@example.org"), "", "mod");
        assertThatThrownBy(() -> db.newsroom.comments.post(comment("troll@example.org", "Hello again.")))
                .isInstanceOf(CommentRefused.class).hasMessageContaining("banned");
        assertThat(fixtures.storedComments()).isZero();
    }

    @Test
    void labels_and_matched_words_survive_the_round_trip_through_json() {
        var verdict = new Verdict(new Decision.Review(new Reason("words", "suspect", "Contains \"idiot\".")),
                List.of(new Reason("links", "count", "3 links")), Map.of("toxicity", 0.75),
                List.of(new Match("suspect", "insult", "idiot", 4, 9, "1d1ot")));
        assertThat(VerdictJson.read(VerdictJson.write(verdict))).isEqualTo(verdict);
        assertThat(VerdictJson.read("").published()).isTrue();
    }
}
