package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

class CommenterCookiesTest {
    private final TestServer server = TestServer.empty();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_broken_remembered_name_cookie_leaves_the_reply_form_empty_instead_of_failing() {
        long article = new Fixtures(server.newsroom).basics().publish("Cookies", "Body text.");
        long parent = server.newsroom.comments.post(new NewComment(article, null, "Olena", "olena@example.org",
                "First!", false, "10.0.0.1", null, null)).comment().id();

        HttpResponse<String> response = server.get("/comments/" + parent + "/reply/",
                Map.of("Cookie", "mh_commenter=%zz%E0"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Reply to Olena").doesNotContain("Something went wrong");
    }
}
