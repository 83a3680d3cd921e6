package org.masthead.redirects;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.Articles;

/**
 * Old addresses that answer with a permanent redirect: the links of a site this newsroom replaced (WordPress
 * permalinks, {@code /?p=253}, attachment pages) and its feeds. Asked only when nothing else answers an address,
 * and for the query forms of the front page, so it costs normal pages nothing.
 */
public final class Redirects {
    /** WordPress's query forms of an item's address, in the order WordPress itself reads them. */
    private static final List<String> ITEM_QUERIES = List.of("p", "page_id", "attachment_id", "cat", "tag");
    /** WordPress feed names (?feed=rss2, /feed/atom/) and the Masthead feed of the same kind. */
    private static final Map<String, String> FEEDS = Map.of("rss2", "feed/", "rss", "feed/", "rdf", "feed/",
            "feed", "feed/", "atom", "feed/atom/");
    private final Jdbi jdbi;
    private final Articles articles;
    private final Clock clock;

    public Redirects(Jdbi jdbi, Articles articles, Clock clock) {
        this.jdbi = jdbi;
        this.articles = articles;
        this.clock = clock;
    }

    /** What saving a redirect did. */
    public enum Saved { CREATED, UPDATED, UNCHANGED, REFUSED }

    /** Sends {@code oldAddress} (a full URL or a path, with its query) to the article, wherever it lives then. */
    public Saved toArticle(String oldAddress, long articleId) {
        return save(oldAddress, articleId, "");
    }

    /**
     * Sends several old addresses to one article, as {@link #toArticle(String, long)} does each: with one query and
     * one batch, for an import that gives every item three or four. Returns what happened to each, in order.
     */
    public List<Saved> toArticle(List<String> oldAddresses, long articleId) {
        List<String> sources = oldAddresses.stream().map(Redirects::key).toList();
        List<String> wanted = sources.stream().filter(s -> s != null && !s.equals("/")).distinct().toList();
        if (wanted.isEmpty()) return sources.stream().map(s -> Saved.REFUSED).toList();
        return jdbi.withExtension(RedirectStore.class, s -> {
            Map<String, RedirectStore.Existing> before = new java.util.HashMap<>();
            s.findAll(wanted).forEach(e -> before.put(e.source(), e));
            List<String> changed = new java.util.ArrayList<>();
            List<Saved> outcomes = new java.util.ArrayList<>();
            for (String source : sources) {
                if (source == null || source.equals("/")) {
                    outcomes.add(Saved.REFUSED);
                } else if (changed.contains(source) || pointsAt(before.get(source), articleId)) {
                    outcomes.add(Saved.UNCHANGED); // the same address twice (a permalink and its guid) counts once
                } else {
                    outcomes.add(before.containsKey(source) ? Saved.UPDATED : Saved.CREATED);
                    changed.add(source);
                }
            }
            if (!changed.isEmpty()) s.saveAll(changed, articleId, "", clock.millis());
            return outcomes;
        });
    }

    private static boolean pointsAt(RedirectStore.Existing redirect, long articleId) {
        return redirect != null && redirect.articleId() != null && redirect.articleId() == articleId
                && redirect.target().isEmpty();
    }

    /** Sends {@code oldAddress} to a fixed path of this site. */
    public Saved toPath(String oldAddress, String path) {
        return save(oldAddress, null, path);
    }

    private Saved save(String oldAddress, Long articleId, String target) {
        String source = key(oldAddress);
        if (source == null || source.equals("/")) return Saved.REFUSED; // the front page is no old item's address
        return jdbi.withExtension(RedirectStore.class, s -> {
            var before = s.find(source);
            if (before.isPresent() && java.util.Objects.equals(before.get().articleId(), articleId)
                    && before.get().target().equals(target)) {
                return Saved.UNCHANGED;
            }
            s.save(source, articleId, target, clock.millis());
            return before.isPresent() ? Saved.UPDATED : Saved.CREATED;
        });
    }

    /** Where a request for {@code path} with {@code query} (raw, may be null) should go instead, if anywhere. */
    public Optional<String> find(String path, String query) {
        Map<String, String> params = params(query);
        String feed = params.get("feed");
        if (ITEM_QUERIES.stream().anyMatch(params::containsKey)) {
            return target(key(path + "?" + query)).map(t -> withFeed(t, feed));
        }
        if (path.equals("/")) return feed == null ? Optional.empty() : Optional.of(siteFeed(feed));
        String decoded = decode(path);
        Optional<String> direct = target(key(decoded));
        if (direct.isPresent()) return direct;
        // An old item's feed (/2024/06/05/slug/feed/, /category/x/feed/atom/) goes to the feed of what it became.
        String[] parts = decoded.split("/");
        for (int cut = 1; cut <= 2 && parts.length > cut; cut++) {
            String tail = String.join("/", List.of(parts).subList(parts.length - cut, parts.length));
            if (!tail.equals("feed") && !tail.startsWith("feed/")) continue;
            String kind = cut == 1 ? "feed" : parts[parts.length - 1];
            String base = String.join("/", List.of(parts).subList(0, parts.length - cut)) + "/";
            if (base.equals("/") || base.equals("/comments/")) {
                String site = siteFeed(kind);
                return Optional.of(base.equals("/") ? site : "/comments/" + site.substring(1));
            }
            return target(key(base)).map(t -> withFeed(t, kind));
        }
        return Optional.empty();
    }

    private Optional<String> target(String source) {
        if (source == null) return Optional.empty();
        return jdbi.withExtension(RedirectStore.class, s -> s.find(source)).flatMap(row -> {
            if (row.articleId() == null) return Optional.of(row.target());
            return articles.ref(row.articleId()).filter(ArticleRef::published).map(ArticleRef::path);
        });
    }

    private static String withFeed(String target, String feed) {
        if (feed == null) return target;
        String suffix = FEEDS.getOrDefault(feed.replace("comments-", ""), "feed/");
        return (target.endsWith("/") ? target : target + "/") + suffix;
    }

    private static String siteFeed(String feed) {
        boolean comments = feed.startsWith("comments-");
        return (comments ? "/comments/" : "/") + FEEDS.getOrDefault(feed.replace("comments-", ""), "feed/");
    }

    /**
     * How an address is stored: its path, decoded and in lower case, without a trailing slash; for the query forms
     * of an item, the path and the item's parameter ("/?p=253", "/news/?p=42"). Host and scheme are dropped: the
     * old site's address is this site's now.
     */
    static String key(String address) {
        String path = address;
        String query = null;
        try {
            if (address.startsWith("http://") || address.startsWith("https://")) {
                URI uri = URI.create(address.strip().replace(" ", "%20"));
                path = uri.getRawPath() == null ? "" : uri.getRawPath();
                query = uri.getRawQuery();
            } else if (address.contains("?")) {
                path = address.substring(0, address.indexOf('?'));
                query = address.substring(address.indexOf('?') + 1);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        String decoded = decode(path).toLowerCase(Locale.ROOT);
        String base = decoded.endsWith("/") ? decoded.substring(0, decoded.length() - 1) : decoded;
        Map<String, String> params = params(query);
        for (String name : ITEM_QUERIES) {
            if (params.containsKey(name)) return base + "/?" + name + "=" + params.get(name).toLowerCase(Locale.ROOT);
        }
        return base.isEmpty() ? "/" : base;
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new java.util.HashMap<>();
        if (query == null || query.isEmpty()) return params;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(decode(name), value);
        }
        return params;
    }
}
