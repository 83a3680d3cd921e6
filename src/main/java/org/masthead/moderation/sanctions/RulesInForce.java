package org.masthead.moderation.sanctions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The sanctions and rules in force, read from the database together and kept for two seconds. Every new comment
 * asks about them and moderators change them a few times a day: asking the database three times per comment was
 * nearly half of a comment post's CPU. This node forgets them the moment it changes one; another node of a cluster
 * sees the change within the two seconds.
 */
final class RulesInForce {
    private static final long MAX_AGE_NANOS = 2_000_000_000L;

    record Snapshot(List<Sanction> sanctions, Map<String, DomainRule> domainRules, List<AddressRule> addressRules,
            long readAtNanos) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot kept;

    RulesInForce(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Snapshot now() {
        Snapshot snapshot = kept;
        if (snapshot != null && System.nanoTime() - snapshot.readAtNanos() < MAX_AGE_NANOS) return snapshot;
        long before = generation.get();
        snapshot = read();
        // A change made while we read may be missing from what we read: use it once, do not keep it.
        if (generation.get() == before) kept = snapshot;
        return snapshot;
    }

    void forget() {
        generation.incrementAndGet();
        kept = null;
    }

    private Snapshot read() {
        long now = clock.millis();
        return jdbi.withHandle(h -> {
            SanctionStore store = h.attach(SanctionStore.class);
            return new Snapshot(store.allInForce(now),
                    store.domainRules().stream().collect(Collectors.toUnmodifiableMap(DomainRule::domain, Function.identity())),
                    store.addressRulesInForce(now), System.nanoTime());
        });
    }
}
