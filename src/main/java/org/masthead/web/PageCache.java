package org.masthead.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
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
 * requests with 304.
 */
public final class PageCache implements ContentChange.Listener {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private record Entry(byte[] plain, byte[] gzip, String contentType, String etag, Instant lastModified,
            Set<String> dependencies, Instant staleAt) {

        boolean expired(Instant now) {
            return staleAt != null && !now.isBefore(staleAt);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int maxEntries;
    private final Clock clock;

    public PageCache(int maxEntries, Clock clock) {
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** A handler that serves from the cache, rendering with {@code renderer} on a miss. */
    public Handler cached(Function<Context, Rendered> renderer) {
        return ctx -> {
            String key = key(ctx);
            Entry entry = entries.get(key);
            if (entry == null || entry.expired(clock.instant())) {
                long before = generation.get();
                entry = toEntry(renderer.apply(ctx));
                // A change that landed while we rendered may not be in these bytes: serve them, do not keep them.
                if (maxEntries > 0 && generation.get() == before) {
                    if (entries.size() >= maxEntries) evictSome();
                    entries.put(key, entry);
                }
            }
            send(ctx, entry);
        };
    }

    @Override
    public void changed(ContentChange change) {
        generation.incrementAndGet();
        if (change.keys().contains("site")) {
            entries.clear();
            return;
        }
        entries.values().removeIf(e -> e.dependencies().stream().anyMatch(change.keys()::contains));
    }

    public int size() {
        return entries.size();
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
        boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
        // The two encodings are different bytes, so they need different validators.
        String etag = gzip ? e.etag().replace("\"", "").transform(tag -> "\"" + tag + "-gz\"") : e.etag();
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", HTTP_DATE.format(e.lastModified()));
        ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
        ctx.header("Vary", "Accept-Encoding");
        if (notModified(ctx, etag, e.lastModified())) {
            ctx.status(304);
            return;
        }
        byte[] body = gzip ? e.gzip() : e.plain();
        if (gzip) ctx.header("Content-Encoding", "gzip");
        ctx.contentType(e.contentType());
        ctx.header("Content-Length", String.valueOf(body.length));
        ctx.result(body);
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
            return !lastModified.isAfter(Instant.from(HTTP_DATE.parse(since)));
        } catch (RuntimeException unparseable) {
            return false;
        }
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip")) {
                return coding.length < 2 || !coding[1].replace(" ", "").equals("q=0");
            }
        }
        return false;
    }

    private Entry toEntry(Rendered r) {
        return new Entry(r.body(), gzip(r.body()), r.contentType(), "\"" + hash(r.body()) + "\"",
                clock.instant().truncatedTo(ChronoUnit.SECONDS), Set.copyOf(r.dependencies()), r.staleAt());
    }

    private void evictSome() {
        Iterator<String> it = entries.keySet().iterator();
        for (int i = 0; i < Math.max(1, maxEntries / 10) && it.hasNext(); i++) {
            it.next();
            it.remove();
        }
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
