package org.masthead.moderation.sanctions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.masthead.web.BadInput;

/**
 * Measures against commenters, as moderators impose them: bans, suspensions and "always pre-moderate" for a reader
 * or an email address; rules for email domains (a shipped list of throwaway-mail domains is held by default); rules
 * for network addresses, known only by their salted hashes. The Banned phase reads them for every new comment; the
 * moderators' desk imposes, lists and lifts them. Everything is in the database; what is in force is read through
 * {@link RulesInForce}, which every node reads again within two seconds of a change.
 */
public final class Sanctions {
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");
    private final Jdbi jdbi;
    private final Clock clock;
    private final Set<String> throwaway = readThrowawayDomains();
    private final RulesInForce rules;

    public Sanctions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.rules = new RulesInForce(jdbi, clock);
    }

    // --- readers ---

    public Sanction ban(Commenter who, String reason, String by) {
        return impose(who, Sanction.Kind.BAN, null, reason, by);
    }

    public Sanction suspend(Commenter who, Instant until, String reason, String by) {
        if (until == null || !until.isAfter(clock.instant())) throw new BadInput(422, "A suspension must end in the future.");
        return impose(who, Sanction.Kind.SUSPEND, until, reason, by);
    }

    /** Every comment of this commenter waits for a moderator, however harmless it looks. */
    public Sanction premoderate(Commenter who, String reason, String by) {
        return impose(who, Sanction.Kind.PREMODERATE, null, reason, by);
    }

    private Sanction impose(Commenter who, Sanction.Kind kind, Instant until, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > 1000) throw new BadInput(422, "Please give the reason in at most 1,000 characters.");
        long id = jdbi.withExtension(SanctionStore.class, s -> s.impose(who.readerId(), who.email(), who.addressHash(),
                kind.id(), why, by == null ? "" : by, clock.millis(), until == null ? null : until.toEpochMilli()));
        rules.forget();
        return jdbi.withExtension(SanctionStore.class, s -> s.sanction(id)).orElseThrow();
    }

    /** Ends a sanction now; it stays in the reader's history. */
    public Sanction lift(long id, String by) {
        return jdbi.inTransaction(h -> {
            SanctionStore store = h.attach(SanctionStore.class);
            Sanction sanction = store.sanction(id).orElseThrow(() -> new BadInput(404, "There is no such sanction."));
            if (sanction.liftedAt() == null) store.lift(id, by == null ? "" : by, clock.millis());
            rules.forget();
            return store.sanction(id).orElseThrow();
        });
    }

    /** Every sanction naming this reader or email address, ended ones too, newest first. */
    public List<Sanction> of(Long readerId, String email) {
        String normal = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        return jdbi.withExtension(SanctionStore.class, s -> s.of(readerId, normal));
    }

    /** All sanctions in force now, newest first. */
    public List<Sanction> inForce() {
        return jdbi.withExtension(SanctionStore.class, s -> s.allInForce(clock.millis()));
    }

    /** Sanctions in force at {@code at} that name this reader or email, or were imposed from this network address. */
    public List<Sanction> inForceFor(Long readerId, String email, String addressHash, Instant at) {
        String normal = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        String hash = addressHash == null || addressHash.isBlank() ? null : addressHash;
        if (readerId == null && normal == null && hash == null) return List.of();
        return rules.now().sanctions().stream().filter(s -> s.activeAt(at)
                && (readerId != null && readerId.equals(s.readerId()) || normal != null && normal.equals(s.email())
                        || hash != null && hash.equals(s.addressHash()))).toList();
    }

    // --- email domains ---

    /** Blocks, holds or allows every address at {@code domain} and its subdomains (replacing an earlier rule for it). */
    public DomainRule setDomainRule(String domain, RuleAction action, String note) {
        String d = domain(domain);
        jdbi.useExtension(SanctionStore.class, s -> s.setDomainRule(d, action.id(), note == null ? "" : note.strip(),
                clock.millis()));
        rules.forget();
        return ruleFor("someone@" + d).orElseThrow();
    }

    /** Removes the site's own rule; a shipped throwaway domain is held again. */
    public void removeDomainRule(String domain) {
        String d = domain(domain);
        int removed = jdbi.withExtension(SanctionStore.class, s -> s.removeDomainRule(d));
        rules.forget();
        if (removed == 0) throw new BadInput(404, "There is no rule for " + d + ".");
    }

    /** The site's own rules, by domain. */
    public List<DomainRule> domainRules() {
        return jdbi.withExtension(SanctionStore.class, SanctionStore::domainRules);
    }

    /** The shipped throwaway-mail domains, held unless the site has a rule of its own for them. */
    public Set<String> throwawayDomains() {
        return throwaway;
    }

    /**
     * The rule that applies to an email address: the site's rule for its domain or the nearest parent domain, else
     * "hold" when the shipped list names the domain or a parent, else none.
     */
    public Optional<DomainRule> ruleFor(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 0) return Optional.empty();
        List<String> candidates = parents(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
        if (candidates.isEmpty()) return Optional.empty();
        Map<String, DomainRule> own = rules.now().domainRules();
        // The candidates run from the full domain to its parents: the first with a rule is the nearest.
        for (String candidate : candidates) {
            if (own.containsKey(candidate)) return Optional.of(own.get(candidate));
        }
        return candidates.stream().filter(throwaway::contains).findFirst()
                .map(d -> new DomainRule(d, RuleAction.HOLD, "throwaway email service", null, true));
    }

    /** "a.b.example.org" → [a.b.example.org, b.example.org, example.org]. */
    private static List<String> parents(String domain) {
        List<String> all = new ArrayList<>();
        String d = domain;
        while (d.indexOf('.') > 0 && all.size() < 10) {
            all.add(d);
            d = d.substring(d.indexOf('.') + 1);
        }
        return all;
    }

    private static String domain(String raw) {
        String d = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("@")) d = d.substring(1);
        if (!DOMAIN.matcher(d).matches()) throw new BadInput(422, "'" + raw + "' is not an email domain such as example.org.");
        return d;
    }

    // --- network addresses ---

    /**
     * A rule for one address or its whole network, by hash (moderators see comments' hashes, never addresses; see
     * moderation.Addresses). {@code until} null: until lifted. Domains only may be allowed.
     */
    public AddressRule addAddressRule(String hash, boolean network, RuleAction action, String note, Instant until) {
        if (hash == null || !hash.matches("[0-9a-f]{32}")) throw new BadInput(422, "That is not an address hash.");
        if (action == RuleAction.ALLOW) throw new BadInput(422, "Address rules can block or hold, not allow.");
        if (until != null && !until.isAfter(clock.instant())) throw new BadInput(422, "A rule must end in the future.");
        long id = jdbi.withExtension(SanctionStore.class, s -> s.addAddressRule(hash, network, action.id(),
                note == null ? "" : note.strip(), clock.millis(), until == null ? null : until.toEpochMilli()));
        rules.forget();
        return addressRules().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    public void liftAddressRule(long id) {
        int lifted = jdbi.withExtension(SanctionStore.class, s -> s.liftAddressRule(id, clock.millis()));
        rules.forget();
        if (lifted == 0) throw new BadInput(404, "There is no such address rule in force.");
    }

    /** Address rules in force now, newest first. */
    public List<AddressRule> addressRules() {
        return jdbi.withExtension(SanctionStore.class, s -> s.addressRulesInForce(clock.millis()));
    }

    /** Rules in force at {@code at} for this address hash or network hash. */
    public List<AddressRule> addressRulesFor(String addressHash, String networkHash, Instant at) {
        if ((addressHash == null || addressHash.isEmpty()) && (networkHash == null || networkHash.isEmpty())) return List.of();
        return rules.now().addressRules().stream().filter(r -> r.activeAt(at)
                && (r.network() ? r.hash().equals(networkHash) : r.hash().equals(addressHash))).toList();
    }

    private static Set<String> readThrowawayDomains() {
        var in = Sanctions.class.getResourceAsStream("/moderation/throwaway-domains.txt");
        if (in == null) throw new IllegalStateException("moderation/throwaway-domains.txt is missing from the build");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
