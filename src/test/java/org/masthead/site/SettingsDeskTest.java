package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.testing.DeskClient;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** The site settings page: admins only, bad values refused, and the public pages show a change at once. */
class SettingsDeskTest {
    private TestServer server;
    private DeskClient admin;
    private Fixtures fixtures;

    @BeforeEach
    void start() {
        server = TestServer.empty();
        fixtures = new Fixtures(server.newsroom).basics();
        admin = DeskClient.signedIn(server, Role.ADMIN, "Ada Admin");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> currentForm() {
        Document page = admin.page("/desk/settings/");
        Map<String, String> form = new HashMap<>();
        page.select("form[action=/desk/settings/] input[name], form[action=/desk/settings/] textarea, form[action=/desk/settings/] select")
                .forEach(e -> {
                    String name = e.attr("name");
                    if (name.equals("_csrf")) return;
                    if (e.attr("type").equals("checkbox")) {
                        if (e.hasAttr("checked")) form.put(name, e.val());
                    } else if (e.tagName().equals("select")) {
                        form.put(name, e.select("option[selected]").val());
                    } else {
                        form.put(name, e.val());
                    }
                });
        return form;
    }

    @Test
    void a_new_site_name_shows_on_cached_public_pages_at_once() {
        long story = fixtures.publish("Harbour story", "Text.");
        assertThat(server.page("/").select(".masthead__name").text()).isEqualTo("Masthead");
        assertThat(server.page(fixtures.path(story)).select(".appeal")).hasSize(1); // both pages now cached
        Map<String, String> form = currentForm();
        form.put("site.name", "The Saltmarsh Courier");
        form.remove("appeal.enabled");
        form.put("site.menu", "Port | /category/news/\nAbout us | /about/");

        HttpResponse<String> saved = admin.post("/desk/settings/", form);

        assertThat(saved.statusCode()).isEqualTo(303);
        Document home = server.page("/");
        assertThat(home.select(".masthead__name").text()).isEqualTo("The Saltmarsh Courier");
        assertThat(home.select(".sections-nav a").eachText()).containsExactly("Home", "Port", "About us");
        assertThat(server.page(fixtures.path(story)).select(".appeal")).isEmpty();
    }

    @Test
    void bad_values_are_refused_next_to_their_fields_and_nothing_is_stored() {
        Map<String, String> form = currentForm();
        form.put("site.name", "");
        form.put("site.description", "Typed description");
        form.put("comments.max-depth", "99");
        form.put("appeal.link", "javascript:alert(1)");
        form.put("site.menu", "Broken line without a bar");

        HttpResponse<String> refused = admin.post("/desk/settings/", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById("site.name-error").text()).contains("needs a name");
        assertThat(page.getElementById("comments.max-depth-error").text()).contains("from 1");
        assertThat(page.getElementById("appeal.link-error").text()).contains("address on this site");
        assertThat(page.getElementById("site.menu-error").text()).contains("Menu line 1");
        assertThat(page.getElementById("site.description").val()).isEqualTo("Typed description");
        assertThat(server.newsroom.site.identity().name()).isEqualTo("Masthead");
        assertThat(server.newsroom.site.all()).doesNotContainKey("site.menu");
    }

    @Test
    void comment_defaults_apply_to_new_articles_and_discussions() {
        Map<String, String> form = currentForm();
        form.put("comments.default-mode", "closed");
        form.put("comments.max-depth", "3");
        form.put("comments.close-after-days", "14");
        assertThat(admin.post("/desk/settings/", form).statusCode()).isEqualTo(303);

        assertThat(server.newsroom.site.commentPolicy().maxDepth()).isEqualTo(3);
        assertThat(server.newsroom.site.commentPolicy().closeAfterDays()).isEqualTo(14);
        assertThat(admin.page("/desk/articles/new/").select("#comments option[selected]").val()).isEqualTo("closed");
    }

    @Test
    void only_admins_change_settings() {
        DeskClient editor = DeskClient.signedIn(server, Role.EDITOR, "Erin Editor");
        assertThat(editor.get("/desk/settings/").statusCode()).isEqualTo(403);
        assertThat(editor.post("/desk/settings/", Map.of("site.name", "Taken over")).statusCode()).isEqualTo(403);
        assertThat(server.newsroom.site.identity().name()).isEqualTo("Masthead");
    }
}
