package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

class CommentListenersTest {
    private final TestServer server = TestServer.empty();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_failing_listener_neither_fails_the_stored_comment_nor_silences_the_other_listeners() {
        long article = new Fixtures(server.newsroom).basics().publish("Listeners", "Body.");
        List<Long> heard = new ArrayList<>();
        server.newsroom.comments.onPublished((c, parent, title, path) -> {
            throw new IllegalStateException("mail server down");
        });
        server.newsroom.comments.onPublished((c, parent, title, path) -> heard.add(c.id()));

        var posted = server.newsroom.comments.post(new NewComment(article, null, "Olena", "olena@example.org",
                "Still here.", false, "10.0.0.1", null, null));

        assertThat(posted.comment().isPublished()).isTrue();
        assertThat(heard).containsExactly(posted.comment().id());
    }
}
