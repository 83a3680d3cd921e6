package org.masthead.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;

/**
 * A member of staff at the desk in their own browser: signs in through the real form, and sends desk forms with
 * the page's {@code _csrf} token, as the desk's own pages do. Redirects are not followed, so tests see them.
 */
public final class DeskUser {
    public static final String PASSWORD = "a long desk password";
    private static int counter;

    public final StaffMember member;
    private final Visitor browser;
    private String csrf;

    private DeskUser(StaffMember member, Visitor browser) {
        this.member = member;
        this.browser = browser;
    }

    /** A new member with this role (password {@link #PASSWORD}), signed in. */
    public static DeskUser signedIn(TestServer server, Role role) {
        DeskUser user = of(server, newMember(server, role));
        HttpResponse<String> response = user.signIn(PASSWORD);
        if (response.statusCode() != 303) throw new AssertionError("sign-in answered " + response.statusCode());
        return user;
    }

    /** A new member with this role and password {@link #PASSWORD}, not signed in. */
    public static StaffMember newMember(TestServer server, Role role) {
        int n;
        synchronized (DeskUser.class) {
            n = ++counter;
        }
        return server.newsroom.staff.add(role.id() + n + "@example.org", "Desk " + role.id() + " " + n, role, PASSWORD, "");
    }

    /** A browser for {@code member}, not yet signed in. */
    public static DeskUser of(TestServer server, StaffMember member) {
        return new DeskUser(member, new Visitor(server));
    }

    /** Fills in and sends the sign-in form with this password. */
    public HttpResponse<String> signIn(String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", member.email());
        form.put("password", password);
        return submit("/desk/sign-in/", "/desk/sign-in/", form);
    }

    public HttpResponse<String> get(String path) {
        return browser.get(path);
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body());
    }

    /** Posts a form with the session's token, as any desk page's form would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf());
        form.putAll(fields);
        return browser.post(path, form);
    }

    /** Posts a form whose fields may repeat (checked boxes of one name), with the session's token. */
    public HttpResponse<String> postAll(String path, java.util.List<Map.Entry<String, String>> fields) {
        StringBuilder body = new StringBuilder(Visitor.encode(Map.of("_csrf", csrf())));
        for (Map.Entry<String, String> field : fields) {
            body.append('&').append(Visitor.encode(Map.of(field.getKey(), field.getValue())));
        }
        return browser.postEncoded(path, body.toString());
    }

    /** Posts exactly these fields (no token added): to show what happens without one. */
    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
        return browser.post(path, fields);
    }

    /** Opens the page at {@code pagePath}, then sends its form with these fields (the page's token included). */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        Document page = Jsoup.parse(browser.get(pagePath).body());
        Element token = page.selectFirst("form[action=" + action + "] input[name=_csrf]");
        if (token == null) throw new AssertionError("no form posting to " + action + " on " + pagePath);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token.attr("value"));
        form.putAll(fields);
        HttpResponse<String> response = browser.post(action, form);
        csrf = null; // a new session means a new token
        return response;
    }

    public String cookie(String name) {
        return browser.cookie(name);
    }

    public void setCookie(String name, String value) {
        browser.setCookie(name, value);
    }

    /** The token of this browser's session, read from the dashboard's sign-out form. */
    public String csrf() {
        if (csrf == null) {
            Element token = page("/desk/").selectFirst("input[name=_csrf]");
            if (token == null) throw new AssertionError("the desk shows no form token");
            csrf = token.attr("value");
        }
        return csrf;
    }
}
