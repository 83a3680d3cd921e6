package org.masthead.testing;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One reader's browser: keeps its cookies (so it stays the owner of its comments) and sends forms the way a page
 * of this site does, form-encoded with the site's own Origin. Does not follow redirects, so tests see them.
 */
public final class Browser {
    private final TestServer server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public Browser(TestServer server) {
        this.server = server;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body());
    }

    /** Posts a form; fields in the order given. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return postBody(path, body.getBytes(StandardCharsets.US_ASCII));
    }

    /** Posts a form body exactly as given, bytes and all. */
    public HttpResponse<String> postBody(String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", server.url(""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a comment (or a reply, when {@code parentId} is not null) from this browser. */
    public HttpResponse<String> comment(long articleId, Long parentId, String name, String email, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("article", String.valueOf(articleId));
        form.put("parent", parentId == null ? "" : String.valueOf(parentId));
        form.put("name", name);
        form.put("email", email);
        form.put("text", text);
        return post("/comments/", form);
    }

    /** The comment a redirect after posting points at ("...#comment-42" gives 42). */
    public static long commentId(HttpResponse<?> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + redirect.statusCode() + " " + redirect.body()));
        Matcher m = Pattern.compile("#comment-([0-9]+)$").matcher(location);
        if (!m.find()) throw new AssertionError("not a comment address: " + location);
        return Long.parseLong(m.group(1));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return server.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(),
                client);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
