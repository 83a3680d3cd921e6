package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestServer;

class NotFoundPageTest {
    private final TestServer server = TestServer.empty();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addresses_no_route_matches_get_the_sites_404_page_not_javalins_plain_text() {
        HttpResponse<String> response = server.get("/no/such/address/at/all/here/");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("Page not found").doesNotContain("Endpoint GET");
    }

    @Test
    void under_api_the_same_errors_answer_json() {
        HttpResponse<String> response = server.get("/api/no/such/thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"error\":\"We could not find a page at this address.\",\"code\":\"not-found\"}");
    }
}
