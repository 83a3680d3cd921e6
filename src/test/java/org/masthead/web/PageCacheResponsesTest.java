package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestServer;

/** The anonymous page cache and the fingerprinted assets, over HTTP against the demo newsroom. */
class PageCacheResponsesTest {
    private static final Map<String, String> GZIP = Map.of("Accept-Encoding", "gzip");
    private final TestServer server = TestServer.demo();

    private String articlePath() {
        return Jsoup.parse(server.get("/").body()).select(".front__lead .teaser__headline a").attr("href");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void cached_page_is_sent_with_validators_its_exact_length_and_vary() {
        String path = articlePath();
        server.get(path);
        HttpResponse<byte[]> response = server.getBytes(path, Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "ETag")).matches("\"[0-9a-f]{24}\"");
        assertThat(header(response, "Last-Modified")).endsWith("GMT");
        assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(response, "Content-Encoding")).isNull();
        assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(response.body().length));
        assertThat(header(response, "Content-Security-Policy")).contains("default-src 'self'");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("story__headline");
    }

    @Test
    void gzip_is_the_same_page_compressed_with_its_own_etag_and_only_when_accepted() throws IOException {
        String path = articlePath();
        HttpResponse<byte[]> plain = server.getBytes(path, Map.of());
        HttpResponse<byte[]> gzip = server.getBytes(path, GZIP);
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzip, "Content-Length")).isEqualTo(String.valueOf(gzip.body().length));
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(header(gzip, "ETag")).isEqualTo(header(plain, "ETag").replace("\"", "").transform(t -> "\"" + t + "-gz\""));

        for (String refuses : new String[] {"gzip;q=0", "gzip; q=0.0, deflate", "identity", "br;q=1, gzip;q=0.000"}) {
            assertThat(header(server.getBytes(path, Map.of("Accept-Encoding", refuses)), "Content-Encoding")).as(refuses).isNull();
        }
        for (String accepts : new String[] {"gzip, deflate, br", "*", "br, gzip;q=0.5", "GZIP"}) {
            assertThat(header(server.getBytes(path, Map.of("Accept-Encoding", accepts)), "Content-Encoding")).as(accepts)
                    .isEqualTo("gzip");
        }
    }

    @Test
    void matching_etag_or_modification_date_answers_304_without_a_body() {
        String path = articlePath();
        HttpResponse<String> first = server.get(path);
        HttpResponse<String> byTag = server.get(path, Map.of("If-None-Match", header(first, "ETag")));
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(header(byTag, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(server.get(path, Map.of("If-None-Match", "W/" + header(first, "ETag"))).statusCode()).isEqualTo(304);
        assertThat(server.get(path, Map.of("If-Modified-Since", header(first, "Last-Modified"))).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> gzip = server.getBytes(path, GZIP);
        assertThat(server.get(path, Map.of("Accept-Encoding", "gzip", "If-None-Match", header(gzip, "ETag"))).statusCode())
                .isEqualTo(304);
        // The gzip validator does not match the plain page, nor an old tag, nor an older date.
        assertThat(server.get(path, Map.of("If-None-Match", header(gzip, "ETag"))).statusCode()).isEqualTo(200);
        assertThat(server.get(path, Map.of("If-None-Match", "\"000000000000000000000000\"")).statusCode()).isEqualTo(200);
        assertThat(server.get(path, Map.of("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")).statusCode()).isEqualTo(200);
    }

    @Test
    void last_modified_is_never_later_than_the_response_date() {
        HttpResponse<String> response = server.get("/tag/" + "no-such-tag-" + System.nanoTime() + "/");
        assertThat(response.statusCode()).isEqualTo(404); // error pages are not cached and carry no validators
        assertThat(header(response, "Last-Modified")).isNull();

        HttpResponse<String> page = server.get(articlePath());
        Instant date = parse(header(page, "Date"));
        assertThat(parse(header(page, "Last-Modified"))).isBeforeOrEqualTo(date);
    }

    @Test
    void head_answers_the_headers_of_the_page_without_its_body_and_404_for_a_missing_page() {
        String path = articlePath();
        HttpResponse<byte[]> get = server.getBytes(path, Map.of());
        HttpResponse<byte[]> head = head(path);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
        assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(get.body().length));
        assertThat(head("/2026/11/25/no-such-story/").statusCode()).isEqualTo(404);
        assertThat(head("/tag/no-such-tag/").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> head(String path) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void assets_have_fingerprinted_names_a_year_of_cache_life_and_honour_refused_gzip() throws IOException {
        String css = Jsoup.parse(server.get("/").body()).select("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/assets/site\\.[0-9a-f]{10}\\.css");
        HttpResponse<byte[]> plain = server.getBytes(css, Map.of());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(header(plain, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(plain, "Content-Type")).startsWith("text/css");
        assertThat(header(plain, "Content-Length")).isEqualTo(String.valueOf(plain.body().length));
        HttpResponse<byte[]> gzip = server.getBytes(css, GZIP);
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(header(server.getBytes(css, Map.of("Accept-Encoding", "gzip;q=0")), "Content-Encoding")).isNull();
    }

    private static Instant parse(String httpDate) {
        return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
