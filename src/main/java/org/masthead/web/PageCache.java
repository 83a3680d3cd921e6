package org.masthead.web;

import io.javalin.apibuilder.ApiBuilder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.masthead.articles.ContentChange;

/**
 * Anonymous pages, kept in memory as ready-to-send bytes (plain and gzip, compressed once), each tagged with the
 * content it shows. A change to that content removes exactly the pages tagged with it. Answers conditional
 * requests with 304. Bounded both by a number of pages and by their bytes, so a crawler walking every archive
 * page cannot fill the heap.
 */
public final class PageCache implements ContentChange.Listener {
    /** HTTP's IMF-fixdate, with a two-digit day ("Sun, 01 Mar 2026 ..."; RFC_1123_DATE_TIME writes "1 Mar"). */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** One encoding of a page with everything its response needs, computed once when the page is cached. */
    private record Variant(byte[] body, String etag, String contentLength) {
        static Variant of(byte[] body, String tag) {
            return new Variant(body, "\"" + tag + "\"", String.valueOf(body.length));
        }
    }

    /** {@code expires} is null for pages that only a content change makes stale. */
    private record Entry(Variant plain, Variant gzip, String contentType, Instant lastModified,
            String lastModifiedHeader, Set<String> dependencies, Instant expires) {
        long bytes() {
            return plain.body().length + gzip.body().length;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /**
     * Which pages show each piece of content: a change looks up its keys here instead of testing every page, so
     * a comment posted while ten thousand pages are cached costs no more than one posted on a quiet day.
     */
    private final Map<String, Set<String>> pagesShowing = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final int maxEntries;
    private final long maxBytes;
    private final Clock clock;

    /**
     * At most {@code maxEntries} pages (0 turns the cache off) holding at most {@code maxBytes} of bodies; a page
     * larger than a tenth of that is served but not kept.
     */
    public PageCache(int maxEntries, long maxBytes, Clock clock) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * Declares a cached page for GET and HEAD, inside an EndpointGroup. Without its own HEAD route Javalin answers
     * HEAD with an empty 200 for any address the pattern matches, missing pages included, and with no validators.
     */
    public void page(String path, Function<Context, Rendered> renderer) {
        page(path, null, renderer);
    }

    /** As {@link #page(String, Function)}, for a page also kept at most {@code maxAge} (see below). */
    public void page(String path, Duration maxAge, Function<Context, Rendered> renderer) {
        Handler handler = cached(maxAge, renderer);
        ApiBuilder.get(path, handler);
        ApiBuilder.head(path, handler);
    }

    /** A handler that serves from the cache, rendering with {@code renderer} on a miss. */
    public Handler cached(Function<Context, Rendered> renderer) {
        return cached(null, renderer);
    }

    /**
     * For pages that also go stale as time passes, not only when content changes (the news sitemap lists the last
     * two days' stories): kept at most {@code maxAge}.
     */
    public Handler cached(Duration maxAge, Function<Context, Rendered> renderer) {
        return ctx -> {
            String key = key(ctx);
            Entry entry = entries.get(key);
            if (entry != null && entry.expires() != null && !clock.instant().isBefore(entry.expires())) {
                drop(key, entry);
                entry = null;
            }
            if (entry == null) {
                long before = generation.get();
                // Taken before rendering, so Last-Modified is never later than the response's Date header.
                Instant started = clock.instant();
                entry = toEntry(renderer.apply(ctx), started, maxAge);
                // A change that landed while we rendered may not be in these bytes: serve them, do not keep them.
                // Checked again after storing: changed() counts first and then drops, so a change that counted
                // after the first check either sees this page or is seen here.
                if (maxEntries > 0 && entry.bytes() <= maxBytes / 10 && generation.get() == before) {
                    keep(key, entry);
                    if (generation.get() != before) drop(key, entry);
                }
            }
            send(ctx, entry);
        };
    }

    @Override
    public void changed(ContentChange change) {
        generation.incrementAndGet();
        if (change.keys().contains("site")) {
            entries.forEach(this::drop);
            return;
        }
        for (String dependency : change.keys()) {
            Set<String> pages = pagesShowing.get(dependency);
            if (pages == null) continue;
            for (String key : List.copyOf(pages)) {
                Entry e = entries.get(key);
                if (e != null && e.dependencies().contains(dependency)) drop(key, e);
            }
        }
    }

    public int size() {
        return entries.size();
    }

    /** How many pieces of content the index knows pages of; for tests that check it forgets dropped pages. */
    int contentIndexed() {
        return pagesShowing.size();
    }

    /** Bytes of page bodies held, both encodings. */
    public long bytes() {
        return bytes.get();
    }

    private void keep(String key, Entry entry) {
        while (!entries.isEmpty() && (entries.size() >= maxEntries || bytes.get() + entry.bytes() > maxBytes)) {
            evictSome();
        }
        // Indexed before it can be found, so a change that cannot see the page in the index cannot serve it either
        // (and a change racing with this is caught by the generation check in cached()).
        for (String dependency : entry.dependencies()) {
            pagesShowing.compute(dependency, (d, pages) -> {
                Set<String> showing = pages == null ? ConcurrentHashMap.newKeySet() : pages;
                showing.add(key);
                return showing;
            });
        }
        Entry old = entries.put(key, entry);
        bytes.addAndGet(entry.bytes() - (old == null ? 0 : old.bytes()));
        if (old != null) unindex(key, old, entry);
    }

    private void drop(String key, Entry entry) {
        if (entries.remove(key, entry)) {
            bytes.addAndGet(-entry.bytes());
            unindex(key, entry, null);
        }
    }

    /** Takes the page out of the index under the dependencies it had, except those its replacement still has. */
    private void unindex(String key, Entry gone, Entry replacement) {
        for (String dependency : gone.dependencies()) {
            if (replacement != null && replacement.dependencies().contains(dependency)) continue;
            pagesShowing.computeIfPresent(dependency, (d, pages) -> {
                // Another entry for the same address may have been kept since: it stays indexed.
                Entry now = entries.get(key);
                if (now == null || !now.dependencies().contains(dependency)) pages.remove(key);
                return pages.isEmpty() ? null : pages;
            });
        }
    }

    /** Drops about a tenth of the pages, in no particular order. */
    private void evictSome() {
        int n = Math.max(1, entries.size() / 10);
        for (var it = entries.entrySet().iterator(); it.hasNext() && n-- > 0; ) {
            var e = it.next();
            drop(e.getKey(), e.getValue());
        }
    }

    /**
     * Only the page number and the comment order change what a cached page shows; other query parameters
     * (tracking tags) do not, so they neither make new entries nor bypass the cache.
     */
    private static String key(Context ctx) {
        String page = ctx.queryParam("page");
        String sort = ctx.queryParam("sort");
        return ctx.path() + (page == null ? "" : "?page=" + page) + (sort == null ? "" : "&sort=" + sort);
    }

    private void send(Context ctx, Entry e) {
        // The two encodings are different bytes, so they have different validators.
        Variant v = acceptsGzip(ctx.header("Accept-Encoding")) ? e.gzip() : e.plain();
        ctx.header("ETag", v.etag());
        ctx.header("Last-Modified", e.lastModifiedHeader());
        ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
        ctx.header("Vary", "Accept-Encoding");
        if (notModified(ctx, v.etag(), e.lastModified())) {
            ctx.status(304);
            return;
        }
        if (v == e.gzip()) ctx.header("Content-Encoding", "gzip");
        ctx.contentType(e.contentType());
        ctx.header("Content-Length", v.contentLength());
        write(ctx, v.body());
    }

    /**
     * Sends the whole body in one write, which Jetty puts on the wire together with the headers. ctx.result(bytes)
     * would copy it through a new 32 KB buffer for every response (Javalin's responseBufferSize); see
     * docs/PERFORMANCE.md. Set Content-Length first.
     */
    static void write(Context ctx, byte[] body) {
        try {
            ctx.outputStream().write(body);
        } catch (IOException readerLeft) {
            // The connection closed before the body was sent: nobody is left to tell.
        }
    }

    private static boolean notModified(Context ctx, String etag, Instant lastModified) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.trim().replaceFirst("^W/", "");
                if (c.equals(etag) || c.equals("*")) return true;
            }
            return false;
        }
        String since = ctx.header("If-Modified-Since");
        if (since == null) return false;
        try {
            return !lastModified.isAfter(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(since)));
        } catch (RuntimeException unparseable) {
            return false;
        }
    }

    /** Whether Accept-Encoding allows gzip: named (or "*") with a weight above zero ("gzip;q=0" refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        Boolean any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            String name = coding[0].trim();
            boolean wanted = coding.length < 2 || weight(coding[1]) > 0;
            if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) return wanted;
            if (name.equals("*")) any = wanted;
        }
        return any != null && any;
    }

    private static double weight(String parameter) {
        String p = parameter.replace(" ", "");
        if (!p.startsWith("q=")) return 1;
        try {
            return Double.parseDouble(p.substring(2));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Entry toEntry(Rendered r, Instant rendered, Duration maxAge) {
        String tag = hash(r.body());
        Instant lastModified = rendered.truncatedTo(ChronoUnit.SECONDS);
        return new Entry(Variant.of(r.body(), tag), Variant.of(gzip(r.body()), tag + "-gz"), r.contentType(),
                lastModified, HTTP_DATE.format(lastModified), Set.copyOf(r.dependencies()),
                earliest(maxAge == null ? null : rendered.plus(maxAge), r.staleAt()));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
