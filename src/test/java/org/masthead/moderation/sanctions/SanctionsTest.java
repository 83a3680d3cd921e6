package org.masthead.moderation.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.ModerationDatabase;
import org.masthead.web.BadInput;

class SanctionsTest {
    private final ModerationDatabase db = new ModerationDatabase();
    private final Sanctions sanctions = db.moderation.sanctions();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_ban_by_email_applies_whatever_the_case_and_stays_in_the_history_once_lifted() {
        Sanction ban = sanctions.ban(Commenter.email(" Troll@Example.org "), "threatened a councillor", "mod@example.org");
        assertThat(ban.kind()).isEqualTo(Sanction.Kind.BAN);
        assertThat(ban.email()).isEqualTo("troll@example.org");
        assertThat(sanctions.inForceFor(null, "TROLL@example.org", null, db.clock.instant())).containsExactly(ban);

        Sanction lifted = sanctions.lift(ban.id(), "admin@example.org");

        assertThat(lifted.liftedBy()).isEqualTo("admin@example.org");
        assertThat(sanctions.inForceFor(null, "troll@example.org", null, db.clock.instant())).isEmpty();
        assertThat(sanctions.of(null, "troll@example.org")).extracting(Sanction::reason)
                .containsExactly("threatened a councillor");
        assertThat(sanctions.inForce()).isEmpty();
    }

    @Test
    void a_suspension_ends_by_itself_and_must_end_in_the_future() {
        sanctions.suspend(new Commenter(null, "hot@example.org", null), db.clock.instant().plus(Duration.ofDays(3)),
                "three insults in a day", "mod");
        assertThat(sanctions.inForceFor(null, "hot@example.org", null, db.clock.instant())).hasSize(1);
        db.clock.advance(Duration.ofDays(3));
        assertThat(sanctions.inForceFor(null, "hot@example.org", null, db.clock.instant())).isEmpty();
        assertThatThrownBy(() -> sanctions.suspend(Commenter.email("x@example.org"), db.clock.instant(), "", "mod"))
                .isInstanceOf(BadInput.class).hasMessageContaining("future");
    }

    @Test
    void a_sanction_names_a_reader_an_email_or_both_and_records_the_address_it_came_from() {
        assertThatThrownBy(() -> new Commenter(null, " ", "abc")).isInstanceOf(IllegalArgumentException.class);
        Sanction premoderated = sanctions.premoderate(new Commenter(null, "ada@example.org", "0123456789abcdef0123456789abcdef"),
                "", "mod");
        assertThat(sanctions.inForceFor(null, "other@example.org", "0123456789abcdef0123456789abcdef", db.clock.instant()))
                .containsExactly(premoderated);
        assertThat(sanctions.inForceFor(null, "other@example.org", "ffffffffffffffffffffffffffffffff", db.clock.instant()))
                .isEmpty();
    }

    @Test
    void throwaway_domains_are_held_unless_the_site_says_otherwise_and_rules_cover_subdomains() {
        assertThat(sanctions.ruleFor("someone@mailinator.com")).get()
                .extracting(DomainRule::action, DomainRule::shipped).containsExactly(RuleAction.HOLD, true);
        assertThat(sanctions.ruleFor("someone@eu.Mailinator.com")).get().extracting(DomainRule::domain)
                .isEqualTo("mailinator.com");
        assertThat(sanctions.ruleFor("someone@example.org")).isEmpty();

        sanctions.setDomainRule("mailinator.com", RuleAction.ALLOW, "our readers use it");
        sanctions.setDomainRule("@Spam.Example", RuleAction.BLOCK, "link farm");
        sanctions.setDomainRule("ok.spam.example", RuleAction.ALLOW, "");

        assertThat(sanctions.ruleFor("someone@mailinator.com")).get().extracting(DomainRule::action).isEqualTo(RuleAction.ALLOW);
        assertThat(sanctions.ruleFor("a@shop.spam.example")).get().extracting(DomainRule::action).isEqualTo(RuleAction.BLOCK);
        assertThat(sanctions.ruleFor("a@ok.spam.example")).get().extracting(DomainRule::action).isEqualTo(RuleAction.ALLOW);
        assertThat(sanctions.domainRules()).extracting(DomainRule::domain)
                .containsExactly("mailinator.com", "ok.spam.example", "spam.example");

        sanctions.removeDomainRule("mailinator.com");
        assertThat(sanctions.ruleFor("someone@mailinator.com")).get().extracting(DomainRule::action).isEqualTo(RuleAction.HOLD);
        assertThatThrownBy(() -> sanctions.setDomainRule("not a domain", RuleAction.BLOCK, ""))
                .isInstanceOf(BadInput.class).hasMessageContaining("not an email domain");
        assertThat(sanctions.throwawayDomains()).contains("yopmail.com", "guerrillamail.com");
    }

    @Test
    void address_rules_match_one_address_or_a_whole_network_by_hash_until_lifted() {
        var addresses = db.moderation.addresses();
        String one = addresses.hash("203.0.113.7");
        String network = addresses.networkHash("203.0.113.7");
        assertThat(one).doesNotContain("203.0.113").hasSize(32); // a hex hash may contain "203" by chance
        assertThat(network).isEqualTo(addresses.networkHash("203.0.113.200")).isNotEqualTo(addresses.networkHash("203.0.114.7"));

        AddressRule blocked = sanctions.addAddressRule(network, true, RuleAction.BLOCK, "spam wave", null);

        assertThat(sanctions.addressRulesFor(addresses.hash("203.0.113.99"), addresses.networkHash("203.0.113.99"),
                db.clock.instant())).containsExactly(blocked);
        assertThat(sanctions.addressRulesFor(one, "", db.clock.instant())).isEmpty();
        sanctions.liftAddressRule(blocked.id());
        assertThat(sanctions.addressRules()).isEmpty();
        assertThatThrownBy(() -> sanctions.addAddressRule("203.0.113.7", false, RuleAction.BLOCK, "", null))
                .isInstanceOf(BadInput.class);
    }
}
