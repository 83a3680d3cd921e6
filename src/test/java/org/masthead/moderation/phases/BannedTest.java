package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationDatabase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.masthead.moderation.sanctions.Commenter;
import org.masthead.moderation.sanctions.RuleAction;
import org.masthead.moderation.sanctions.Sanctions;

class BannedTest {
    private final ModerationDatabase db = new ModerationDatabase();
    private final Sanctions sanctions = db.moderation.sanctions();
    private final Banned banned = new Banned(sanctions);
    private final Findings findings = new Findings();

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<Decision> assess(String email, String ip) {
        var addresses = db.moderation.addresses();
        return banned.assess(new Submission(1, "Ada", email, null, "Fine words.", addresses.hash(ip),
                addresses.networkHash(ip), db.clock.instant()), findings);
    }

    @Test
    void refuses_a_banned_email_address_in_plain_words() {
        sanctions.ban(Commenter.email("troll@example.org"), "slurs", "mod");
        Decision d = assess("Troll@Example.org", "203.0.113.7").orElseThrow();
        assertThat(d).isInstanceOf(Decision.Reject.class);
        assertThat(d.reason()).extracting(Reason::phase, Reason::code).containsExactly("banned", "banned");
        assertThat(d.reason().detail()).contains("banned");
        assertThat(assess("someone@example.org", "203.0.113.7")).isEmpty();
    }

    @Test
    void refuses_a_suspended_reader_until_the_suspension_ends() {
        sanctions.suspend(Commenter.email("hot@example.org"), db.clock.instant().plus(Duration.ofDays(2)), "", "mod");
        assertThat(assess("hot@example.org", null).orElseThrow().reason().detail()).contains("suspended").contains("UTC");
        db.clock.advance(Duration.ofDays(2));
        assertThat(assess("hot@example.org", null)).isEmpty();
    }

    @Test
    void a_reader_who_is_always_pre_moderated_is_held_not_refused() {
        sanctions.premoderate(Commenter.email("new@example.org"), "", "mod");
        assertThat(assess("new@example.org", null)).isEmpty();
        assertThat(findings.holds()).extracting(Reason::code).containsExactly("premoderated");
    }

    @Test
    void a_comment_from_an_address_a_banned_reader_used_is_held_as_a_possible_evasion() {
        sanctions.ban(new Commenter(null, "troll@example.org", db.moderation.addresses().hash("198.51.100.4")), "", "mod");
        assertThat(assess("fresh.name@example.org", "198.51.100.4")).isEmpty();
        assertThat(findings.holds()).extracting(Reason::code).containsExactly("possible-evasion");
    }

    @Test
    void email_domains_are_refused_or_held_by_rule_and_throwaway_mail_is_held() {
        sanctions.setDomainRule("spam.example", RuleAction.BLOCK, "");
        assertThat(assess("a@shop.spam.example", null).orElseThrow().reason().detail())
                .contains("spam.example").contains("another email address");
        assertThat(assess("a@yopmail.com", null)).isEmpty();
        assertThat(findings.holds()).extracting(Reason::code).containsExactly("throwaway-email");
    }

    @Test
    void blocked_networks_are_refused_and_held_ones_held() {
        var addresses = db.moderation.addresses();
        sanctions.addAddressRule(addresses.networkHash("192.0.2.1"), true, RuleAction.BLOCK, "", null);
        sanctions.addAddressRule(addresses.hash("198.51.100.9"), false, RuleAction.HOLD, "", null);
        assertThat(assess("a@example.org", "192.0.2.200").orElseThrow().reason().code()).isEqualTo("address");
        assertThat(assess("a@example.org", "198.51.100.9")).isEmpty();
        assertThat(findings.holds()).extracting(Reason::code).containsExactly("address");
        assertThat(assess("a@example.org", "198.51.100.10")).isEmpty();
    }
}
