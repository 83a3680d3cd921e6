package org.masthead.testing;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;

/**
 * A member of staff's browser on the desk: signed in, keeps its cookies, sends every form with the page's
 * {@code _csrf} token and the site's Origin, as the desk's own pages do. Redirects are not followed.
 */
public final class DeskClient {
    private final TestServer server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    public final StaffMember member;
    private String csrf;

    private DeskClient(TestServer server, StaffMember member) {
        this.server = server;
        this.member = member;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A new member of staff with this role and name, signed in. */
    public static DeskClient signedIn(TestServer server, Role role, String name) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.org";
        String password = "correct horse battery " + UUID.randomUUID();
        StaffMember member = server.newsroom.staff.add(email, name, role, password, "");
        DeskClient desk = new DeskClient(server, member);
        desk.signIn(email, password);
        return desk;
    }

    /** Signs in through the desk's own form, as a person would. */
    private void signIn(String email, String password) {
        String token = Jsoup.parse(get("/desk/sign-in/").body()).select("form[action=/desk/sign-in/] input[name=_csrf]").attr("value");
        String body = "_csrf=" + encode(token) + "&email=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url("/desk/sign-in/")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.url(""))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 303) throw new AssertionError("sign-in answered " + response.statusCode());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), server.url(path));
    }

    /** The CSRF token of this session, read from a desk form once. */
    public String csrf() {
        if (csrf == null) {
            csrf = page("/desk/").select("input[name=_csrf]").attr("value");
        }
        return csrf;
    }

    /** Posts a form; each value a String or a List of Strings (checkboxes). */
    public HttpResponse<String> post(String path, Map<String, ?> fields) {
        StringBuilder body = new StringBuilder("_csrf=" + encode(csrf()));
        for (var e : pairs(fields)) body.append('&').append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.url(""))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A form post from the editor's script: URL-encoded, the token in a header, answered with JSON. */
    public HttpResponse<String> postFromScript(String path, Map<String, ?> fields) {
        StringBuilder body = new StringBuilder();
        for (var e : pairs(fields)) {
            if (!body.isEmpty()) body.append('&');
            body.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.url(""))
                .header("X-CSRF-Token", csrf()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A multipart form, as the editor and the media library send it, with one file (or none when {@code file} is null). */
    public HttpResponse<String> postMultipart(String path, Map<String, ?> fields, String fileName, byte[] file, String fileType) {
        String boundary = "----masthead" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Map.Entry<String, String>> all = new ArrayList<>(List.of(Map.entry("_csrf", csrf())));
        all.addAll(pairs(fields));
        for (var e : all) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n");
            write(out, e.getValue() + "\r\n");
        }
        if (file != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
            out.writeBytes(file);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", server.url(""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private static List<Map.Entry<String, String>> pairs(Map<String, ?> fields) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (value instanceof List<?> list) list.forEach(v -> pairs.add(Map.entry(name, String.valueOf(v))));
            else pairs.add(Map.entry(name, String.valueOf(value)));
        });
        return pairs;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return server.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(), client);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
