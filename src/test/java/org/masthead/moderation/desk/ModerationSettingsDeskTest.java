package org.masthead.moderation.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.config.Setting;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.classifier.Label;
import org.masthead.testing.Browser;
import org.masthead.testing.DeskUser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** Admins set how comments are moderated on the desk; the next comment is moderated that way, no restart. */
class ModerationSettingsDeskTest {
    private static final String PAGE = "/desk/settings/moderation/";
    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final long article = fixtures.publish("Library opening hours", "Open on Sundays from April.");
    private final DeskUser admin = DeskUser.signedIn(server, Role.ADMIN);
    private final Browser reader = new Browser(server);

    @AfterEach
    void stop() {
        server.close();
    }

    /** The form as the page shows it, with these fields changed. */
    private Map<String, String> form(Map<String, String> changes) {
        Document page = admin.page(PAGE);
        Map<String, String> fields = new HashMap<>();
        page.select("form[action=" + PAGE + "] input[name], form[action=" + PAGE + "] textarea").forEach(input -> {
            if (input.attr("type").equals("radio") && !input.hasAttr("checked")) return;
            if (!input.attr("name").equals("_csrf")) fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
        });
        fields.putAll(changes);
        return fields;
    }

    private int readers;

    /** Posts as a new reader each time (a reader's own rate limit is not what these tests are about). */
    private String postComment(String text) {
        HttpResponse<String> response = reader.comment(article, null, "Noor", "noor" + ++readers + "@example.org", text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        // A published comment is shown where it stands in the discussion; any other at its own address.
        if (!location.startsWith("/comments/")) return "published";
        return server.newsroom.comments.find(Long.parseLong(location.replaceAll("[^0-9]", ""))).status();
    }

    /** Whether a new reader's comment is refused outright (422), as the classifier refuses near-certain threats. */
    private boolean refused(String text) {
        return reader.comment(article, null, "Noor", "noor" + ++readers + "@example.org", text).statusCode() == 422;
    }

    private List<String> audit() {
        return server.newsroom.audit.newest(0, 50).stream().map(e -> e.action() + " " + e.subject() + " " + e.detail()).toList();
    }

    @Test
    void the_page_shows_the_settings_in_force_and_the_start_up_defaults() {
        Document page = admin.page(PAGE);
        assertThat(page.select("input[name=moderation.mode][checked]").val()).isEqualTo("post");
        assertThat(page.select("input[name=moderation.trust-after]").val()).isEqualTo("2");
        assertThat(page.select("input[name=moderation.max-links]").val()).isEqualTo("2");
        assertThat(page.select("input[name=moderation.threshold.toxicity]").attr("placeholder"))
                .isEqualTo(Setting.CLASSIFIER_HOLD_TOXICITY.defaultValue);
        assertThat(page.select("input[name=moderation.reject.threat]").attr("placeholder"))
                .isEqualTo(Setting.CLASSIFIER_REJECT_THREAT.defaultValue);
        assertThat(page.select("input[name=moderation.reject.insult]")).isEmpty();
    }

    @Test
    void pre_moderating_everything_holds_the_next_comment_and_each_change_is_audited() {
        assertThat(postComment("Sunday opening is a good idea.")).isEqualTo("published");

        HttpResponse<String> saved = admin.post(PAGE, form(Map.of("moderation.mode", "all", "moderation.trust-after", "3")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(PAGE + "?done=saved");
        assertThat(admin.page(PAGE + "?done=saved").select("input[name=moderation.mode][checked]").val()).isEqualTo("all");

        assertThat(postComment("Will the cafe open on Sundays too?")).isEqualTo("pending");
        assertThat(audit()).contains("moderation.setting moderation.mode post → all",
                "moderation.setting moderation.trust-after 2 → 3");
        assertThat(server.newsroom.moderation.settings().trustAfter()).isEqualTo(3);
        assertThat(audit()).noneMatch(line -> line.contains("max-links") || line.contains("classifier")); // unchanged
    }

    @Test
    void the_classifier_decides_by_default_an_admin_may_narrow_it_or_turn_it_off_and_its_scores_are_kept_either_way() {
        // Abuse the word lists do not catch: threats the classifier scores above 0.9999, and an insult.
        assertThat(admin.page(PAGE).select("input[name=moderation.classifier][checked]").val()).isEqualTo("all");
        assertThat(refused("I hope somebody runs the mayor over with a truck.")).isTrue();
        assertThat(postComment("You are a pathetic little man and your opinions are garbage.")).isEqualTo("pending");
        assertThat(postComment("The library should open on Sundays.")).isEqualTo("published");

        HttpResponse<String> saved = admin.post(PAGE, form(Map.of("moderation.classifier", "threats")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(audit()).contains("moderation.setting moderation.classifier all → threats");
        assertThat(postComment("Honestly, you are a pathetic little man and your opinions are garbage.")).isEqualTo("published");
        assertThat(refused("I still hope somebody runs the mayor over with a truck.")).isTrue();

        assertThat(admin.post(PAGE, form(Map.of("moderation.classifier", "off"))).statusCode()).isEqualTo(303);
        assertThat(postComment("Somebody ought to burn his house down with him inside.")).isEqualTo("published");
        assertThat(lastModeration()).contains("\"threat\":"); // scored and kept for moderators

        HttpResponse<String> wrong = admin.post(PAGE, form(Map.of("moderation.classifier", "sometimes")));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).text()).contains("moderation.classifier must be off, threats or all");
        assertThat(server.newsroom.moderation.settings().classifying()).isEqualTo(ModerationSettings.Classifying.OFF);
    }

    private String lastModeration() {
        return server.newsroom.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT moderation FROM comments ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
    }

    @Test
    void thresholds_set_on_the_desk_are_the_ones_the_pipeline_reads() {
        HttpResponse<String> saved = admin.post(PAGE, form(Map.of("moderation.threshold.threat", "0.3",
                "moderation.reject.threat", "0.9", "moderation.threshold.insult", "0.45")));
        assertThat(saved.statusCode()).isEqualTo(303);
        var thresholds = server.newsroom.moderation.classifierThresholds();
        assertThat(thresholds.hold()).containsEntry(Label.THREAT, 0.3).containsEntry(Label.INSULT, 0.45)
                .containsEntry(Label.TOXICITY, Double.valueOf(Setting.CLASSIFIER_HOLD_TOXICITY.defaultValue));
        assertThat(thresholds.reject()).containsEntry(Label.THREAT, 0.9).containsEntry(Label.SPAM,
                Double.valueOf(Setting.CLASSIFIER_REJECT_SPAM.defaultValue));
        assertThat(audit()).contains("moderation.setting moderation.threshold.threat (default) → 0.3");

        assertThat(admin.post(PAGE, form(Map.of("moderation.threshold.threat", ""))).statusCode()).isEqualTo(303);
        assertThat(server.newsroom.moderation.classifierThresholds().hold())
                .containsEntry(Label.THREAT, Double.valueOf(Setting.CLASSIFIER_HOLD_THREAT.defaultValue));
    }

    @Test
    void blocked_link_domains_hold_the_next_comment_that_links_to_them() {
        assertThat(postComment("Opening hours: https://lucky-spins.example/hours")).isEqualTo("published");
        assertThat(admin.post(PAGE, form(Map.of("blocked-domains", "https://www.Lucky-Spins.example/\nloans.example")))
                .statusCode()).isEqualTo(303);
        assertThat(server.newsroom.moderation.linkDomains().blocked()).containsExactlyInAnyOrder("lucky-spins.example", "loans.example");
        assertThat(postComment("Hours again: https://lucky-spins.example/hours")).isEqualTo("pending");
        assertThat(audit()).contains("moderation.link-domain.block lucky-spins.example ");

        assertThat(admin.post(PAGE, form(Map.of("blocked-domains", "loans.example"))).statusCode()).isEqualTo(303);
        assertThat(server.newsroom.moderation.linkDomains().blocked()).containsExactly("loans.example");
        assertThat(audit()).contains("moderation.link-domain.unblock lucky-spins.example ");
    }

    @Test
    void wrong_values_are_refused_with_400_naming_them_and_nothing_changes() {
        Map<Map<String, String>, String> refused = Map.of(
                Map.of("moderation.mode", "sometimes"), "moderation.mode must be post, first or all",
                Map.of("moderation.trust-after", "-1"), "moderation.trust-after must be a whole number from 0 to 1000",
                Map.of("moderation.max-links", "two"), "moderation.max-links must be a whole number",
                Map.of("moderation.threshold.spam", "1.5"), "moderation.threshold.spam must be a number from 0 to 1",
                Map.of("moderation.reject.spam", "0.2", "moderation.threshold.spam", "0.6"),
                "moderation.threshold.spam (0.6) must not be above moderation.reject.spam (0.2).",
                Map.of("moderation.threshold.threat", "0.99995"), "moderation.threshold.threat (0.99995) must not be above "
                        + "moderation.reject.threat (" + Setting.CLASSIFIER_REJECT_THREAT.defaultValue + ").",
                Map.of("blocked-domains", "not a domain"), "is not a domain such as example.org");
        refused.forEach((changes, message) -> {
            Map<String, String> fields = form(changes);
            HttpResponse<String> response = admin.post(PAGE, fields);
            assertThat(response.statusCode()).as(message).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("#error-summary").text()).as(message).contains(message);
            changes.forEach((name, value) -> {
                if (!name.equals("moderation.mode") && !name.equals("blocked-domains")) {
                    assertThat(page.select("input[name=" + name + "]").val()).isEqualTo(value);
                }
            });
        });
        assertThat(server.newsroom.moderation.settings()).isEqualTo(ModerationSettings.defaults(
                server.newsroom.moderation.defaultClassifierThresholds()));
        assertThat(server.newsroom.moderation.linkDomains().blocked()).isEmpty();
        assertThat(audit()).noneMatch(line -> line.startsWith("moderation."));
    }
}
