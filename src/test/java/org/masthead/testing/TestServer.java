package org.masthead.testing;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.masthead.Newsroom;
import org.masthead.config.Settings;
import org.masthead.demo.DemoContent;
import org.masthead.web.WebApp;

/** Masthead started on a free port over a fresh database, with an HTTP client that does not follow redirects. */
public final class TestServer implements AutoCloseable {
    private static TestServer demo;

    public final Newsroom newsroom;
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Newsroom newsroom) {
        this.newsroom = newsroom;
        this.app = WebApp.create(newsroom).start();
    }

    /** An empty newsroom: tests add what they need through the features' APIs. */
    public static TestServer empty() {
        return empty(Map.of());
    }

    /** An empty newsroom that tells the time by {@code clock} (a {@link TestClock} to move time on). */
    public static TestServer empty(Clock clock) {
        return on(TestDatabase.freshEnvironment(), clock);
    }

    /** An empty newsroom with extra settings by their environment names, e.g. a test mail server's. */
    public static TestServer empty(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(TestDatabase.freshEnvironment());
        env.putAll(extraEnv);
        return on(env);
    }

    /** A server over the database (and data folder) that {@code environment} names; several may share one. */
    public static TestServer on(Map<String, String> environment) {
        return on(environment, Clock.systemUTC());
    }

    public static TestServer on(Map<String, String> environment, Clock clock) {
        return new TestServer(new Newsroom(Settings.load(environment), clock));
    }

    /**
     * One server with the demo newsroom, shared by the test classes that only read it (the demo takes
     * seconds to load). Tests must not change its content.
     */
    public static synchronized TestServer demo() {
        if (demo == null) {
            demo = empty();
            new DemoContent(demo.newsroom).loadIfEmpty();
            Runtime.getRuntime().addShutdownHook(new Thread(demo::close));
        }
        return demo;
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        return send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page at {@code path}, parsed; check the status with {@link #get} where it matters. */
    public org.jsoup.nodes.Document page(String path) {
        return org.jsoup.Jsoup.parse(get(path).body(), url(path));
    }

    public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        return send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return send(request, handler, client);
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpClient client) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        newsroom.close();
    }
}
