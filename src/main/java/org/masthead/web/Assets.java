package org.masthead.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's own CSS, scripts and icons, served from the jar under fingerprinted names
 * ({@code /assets/site.3f9a1c2b.css}) so browsers may keep them for a year; a new build gives new names.
 */
public final class Assets {
    private static final List<String> FILES = List.of("site.css", "favicon.svg", "comments.js", "desk.css", "editor.js",
            "moderation.js");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private record Asset(byte[] plain, byte[] gzip, String contentType) {}

    private final Map<String, String> urls = new HashMap<>();
    private final Map<String, Asset> byUrl = new HashMap<>();

    public Assets() {
        for (String name : FILES) {
            byte[] bytes = read("/assets/" + name);
            int dot = name.lastIndexOf('.');
            String url = "/assets/" + name.substring(0, dot) + "." + PageCache.hash(bytes).substring(0, 10)
                    + name.substring(dot);
            urls.put(name, url);
            byUrl.put(url, new Asset(bytes, PageCache.gzip(bytes), contentType(name)));
        }
    }

    /** The fingerprinted URL of {@code name}, e.g. {@code url("site.css")}. */
    public String url(String name) {
        String url = urls.get(name);
        if (url == null) throw new IllegalArgumentException("no asset " + name);
        return url;
    }

    public void serve(Context ctx) {
        Asset asset = byUrl.get(ctx.path());
        if (asset == null) throw new BadInput(404, "There is no file at this address.");
        boolean gzip = PageCache.acceptsGzip(ctx.header("Accept-Encoding"));
        byte[] body = gzip ? asset.gzip() : asset.plain();
        ctx.header("Cache-Control", IMMUTABLE);
        ctx.header("Vary", "Accept-Encoding");
        if (gzip) ctx.header("Content-Encoding", "gzip");
        ctx.contentType(asset.contentType());
        ctx.header("Content-Length", String.valueOf(body.length));
        PageCache.write(ctx, body);
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        return "application/octet-stream";
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
