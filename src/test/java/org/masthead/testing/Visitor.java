package org.masthead.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser visiting a test server: keeps its cookies and sends forms as a browser on the site's own pages
 * does (with the site's Origin). Redirects are not followed, so tests see them.
 */
public final class Visitor {
    private final TestServer server;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Visitor(TestServer server) {
        this.server = server;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET(), Map.of());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, Map.of("Origin", server.url("")));
    }

    /** A form POST with exactly these extra headers (no Origin unless given). */
    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        return send(request, headers);
    }

    /** A form POST of an already encoded body (fields may repeat, as checkboxes do), with the site's Origin. */
    public HttpResponse<String> postEncoded(String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, Map.of("Origin", server.url("")));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
        request.timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = server.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            boolean expired = value.isEmpty() || header.toLowerCase().contains("max-age=0");
            if (expired) cookies.remove(name);
            else cookies.put(name, value);
        }
        return response;
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
