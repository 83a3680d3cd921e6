package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.testing.DeskUser;
import org.masthead.testing.TestServer;

class AuditLogTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.empty();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void admins_read_who_did_what_newest_first_fifty_a_page() {
        DeskUser admin = DeskUser.signedIn(server, Role.ADMIN);
        for (int i = 1; i <= 60; i++) {
            server.newsroom.audit.record(admin.member, "article.publish", "article " + i, "<b>headline " + i + "</b>");
        }
        Document first = admin.page("/desk/audit/");
        List<String> cells = first.select("tbody tr").get(0).select("td").eachText();
        assertThat(cells.get(1)).isEqualTo(admin.member.name());
        assertThat(cells.subList(2, 5)).containsExactly("article.publish", "article 60", "<b>headline 60</b>");
        assertThat(cells.get(0)).endsWith("UTC");
        assertThat(first.select("tbody tr")).hasSize(AuditRoutes.PAGE_SIZE);
        assertThat(first.select("tbody b")).as("details are text, never markup").isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/desk/audit/?page=2");

        Document second = admin.page("/desk/audit/?page=2");
        assertThat(second.select("tbody tr")).hasSize(11); // 60 entries + the sign-in
        assertThat(second.select("tbody tr").last().select("td").get(2).text()).isEqualTo("sign-in");
        assertThat(admin.get("/desk/audit/?page=3").statusCode()).isEqualTo(404);
        assertThat(admin.get("/desk/audit/?page=x").statusCode()).isEqualTo(400);
    }
}
