package org.masthead.moderation.phases;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.masthead.moderation.sanctions.AddressRule;
import org.masthead.moderation.sanctions.RuleAction;
import org.masthead.moderation.sanctions.Sanction;
import org.masthead.moderation.sanctions.Sanctions;

/**
 * Refuses comments from banned or suspended readers and email addresses, from blocked email domains and blocked
 * networks; holds those from readers who are always pre-moderated, from held domains (throwaway mail by default) and
 * held networks, and those from an address a banned reader used (a hint of ban evasion, for a moderator to judge).
 */
public final class Banned implements Phase {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private final Sanctions sanctions;

    public Banned(Sanctions sanctions) {
        this.sanctions = sanctions;
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        List<Sanction> inForce = sanctions.inForceFor(s.readerId(), s.email(), s.ipHash(), s.at());
        for (Sanction sanction : inForce) {
            if (!sanction.concerns(s.readerId(), s.email())) continue;
            switch (sanction.kind()) {
                case BAN -> {
                    return reject("banned", "You can no longer comment on this site: a moderator has banned your account"
                            + " or email address.");
                }
                case SUSPEND -> {
                    return reject("suspended", "A moderator has suspended your commenting until "
                            + DAY.format(sanction.endsAt()) + ".");
                }
                case PREMODERATE -> f.hold(reason("premoderated", "A moderator reads every comment from this reader first."));
            }
        }
        if (inForce.stream().anyMatch(x -> !x.concerns(s.readerId(), s.email()) && x.kind() != Sanction.Kind.PREMODERATE)) {
            f.hold(reason("possible-evasion", "Sent from a network address that a banned or suspended reader used."));
        }
        var domainRule = sanctions.ruleFor(s.email());
        if (domainRule.isPresent() && domainRule.get().action() == RuleAction.BLOCK) {
            return reject("email-domain", "Comments from addresses at " + domainRule.get().domain()
                    + " are not accepted here. Please use another email address.");
        }
        if (domainRule.isPresent() && domainRule.get().action() == RuleAction.HOLD) {
            f.hold(reason(domainRule.get().shipped() ? "throwaway-email" : "email-domain", "The email address is at "
                    + domainRule.get().domain() + (domainRule.get().shipped() ? ", a throwaway email service." : ", a domain this site holds.")));
        }
        for (AddressRule rule : sanctions.addressRulesFor(s.ipHash(), s.networkHash(), s.at())) {
            if (rule.action() == RuleAction.BLOCK) {
                return reject("address", "Comments from your network are not accepted here.");
            }
            f.hold(reason("address", "Sent from a " + (rule.network() ? "network" : "network address") + " this site holds."));
        }
        return Optional.empty();
    }

    private static Reason reason(String code, String detail) {
        return new Reason("banned", code, detail);
    }

    private static Optional<Decision> reject(String code, String detail) {
        return Optional.of(new Decision.Reject(reason(code, detail)));
    }
}
