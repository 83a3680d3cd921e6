package org.masthead.articles;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Articles' short descriptions (title, address, whether comments are open), kept in memory. Every comment post
 * needs one, and reading it through the database was a quarter of a post's CPU. Every change to an article goes
 * through {@link Articles}, which forgets them all: changes are rare next to comments.
 */
final class ArticleRefs {
    /** Bounded: a crawler asking for every old story's comments must not fill the heap. */
    private static final int MAX = 10_000;
    private final Map<Long, ArticleRef> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    Optional<ArticleRef> get(long id, Supplier<Optional<ArticleRef>> load) {
        ArticleRef ref = kept.get(id);
        if (ref != null) return Optional.of(ref);
        long before = generation.get();
        Optional<ArticleRef> loaded = load.get();
        // A change that landed while we read may not be in what we read: use it, do not keep it.
        if (loaded.isPresent() && kept.size() < MAX && generation.get() == before) {
            kept.put(id, loaded.get());
            if (generation.get() != before) kept.remove(id);
        }
        return loaded;
    }

    void forgetAll() {
        generation.incrementAndGet();
        kept.clear();
    }
}
