package org.masthead.importers.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.masthead.Newsroom;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.importers.wordpress.ImportReport.Kind;
import org.masthead.importers.wordpress.ImportReport.Outcome;
import org.masthead.taxonomy.Section;
import org.masthead.web.BadInput;
import org.masthead.web.Slugs;

/** Authors, sections and tags of one export as they come, and each item handed to the importer of its type. */
final class Items {
    /** Post types a WordPress site keeps for itself (menus, revisions, templates): nothing a reader saw as content. */
    private static final Set<String> INTERNAL_TYPES = Set.of("nav_menu_item", "revision", "customize_changeset",
            "custom_css", "oembed_cache", "user_request", "wp_block", "wp_template", "wp_template_part",
            "wp_global_styles", "wp_navigation");
    private final Newsroom newsroom;
    private final Ledger ledger;
    private final WordPressImport.Options options;
    private final ImportReport report;
    private final WordPressImport.Unit unit;
    private final WxrReader reader;
    private final Posts posts;
    private final Attachments attachments;
    /** Channel categories whose parent had not come yet: WordPress writes parents first, but not every tool does. */
    private final List<WxrReader.Term> waitingForParent = new ArrayList<>();
    /** Authors and terms already counted in this run: items name them again and again. */
    private final java.util.Set<String> counted = new java.util.HashSet<>();

    Items(Newsroom newsroom, Ledger ledger, WordPressImport.Options options, ImportReport report,
            WordPressImport.Unit unit, WxrReader reader) {
        this.newsroom = newsroom;
        this.ledger = ledger;
        this.options = options;
        this.report = report;
        this.unit = unit;
        this.reader = reader;
        this.attachments = new Attachments(newsroom, ledger, options, report, unit);
        this.posts = new Posts(newsroom, ledger, options, report, unit, this, attachments);
    }

    void author(WxrReader.Author a) {
        authorSlug(a.login(), a.email(), displayName(a), a.line());
    }

    /** The staff slug of a WordPress login, creating the member of staff (without a password) on first sight. */
    String authorSlug(String login, String email, String name, int line) {
        String key = login.strip().isEmpty() ? "(none)" : login.strip();
        var known = ledger.find("author", key);
        if (known.isPresent()) {
            countOnce(Kind.AUTHORS, key, Outcome.UNCHANGED);
            return known.get().detail();
        }
        String address = email.strip().isEmpty() ? Slugs.of(key) + "@wordpress.invalid" : email.strip();
        try {
            return unit.run(() -> {
                var existing = newsroom.staff.byEmail(address);
                StaffMember member = existing.orElseGet(() -> newsroom.staff.add(address,
                        name.isBlank() ? key : name, Role.AUTHOR, null, ""));
                ledger.save("author", key, member.id(), Ledger.fingerprint(address, name), member.slug()).run();
                countOnce(Kind.AUTHORS, key, existing.isPresent() ? Outcome.UNCHANGED : Outcome.CREATED);
                if (existing.isPresent()) {
                    report.note("author " + key + " (line " + line + ") is " + member.email() + ", already on the staff");
                }
                return member.slug();
            });
        } catch (BadInput e) {
            report.count(Kind.AUTHORS, Outcome.FAILED);
            report.problem("author " + key + " (line " + line + "): " + e.getMessage());
            return null;
        }
    }

    private static String displayName(WxrReader.Author a) {
        String full = (a.firstName().strip() + " " + a.lastName().strip()).strip();
        if (!a.displayName().isBlank() && !a.displayName().equals(a.login())) return a.displayName().strip();
        return full.isEmpty() ? a.displayName().strip() : full;
    }

    void term(WxrReader.Term t) {
        switch (t.taxonomy()) {
            case "category" -> {
                if (!t.parentSlug().isBlank() && ledger.find("category", t.parentSlug()).isEmpty()) {
                    waitingForParent.add(t);
                    return;
                }
                sectionSlug(t.slug(), t.name(), t.parentSlug(), t.description(), t.line());
                for (WxrReader.Term child : List.copyOf(waitingForParent)) {
                    if (child.parentSlug().equals(t.slug())) {
                        waitingForParent.remove(child);
                        term(child);
                    }
                }
            }
            case "post_tag" -> tagName(t.slug(), t.name());
            default -> { } // menus, post formats and plugins' taxonomies: nothing Masthead shows
        }
    }

    /** The Masthead section of a WordPress category, created (under its parent) on first sight. */
    String sectionSlug(String nicename, String escapedName, String parentNicename, String description, int line) {
        String key = nicename.strip();
        var known = ledger.find("category", key);
        if (known.isPresent()) {
            countOnce(Kind.CATEGORIES, key, Outcome.UNCHANGED);
            return known.get().detail();
        }
        String name = text(escapedName);
        String slug = slug(key, name);
        String parent = parentNicename == null || parentNicename.isBlank() ? null
                : ledger.find("category", parentNicename.strip()).map(Ledger.Entry::detail).orElse(null);
        if (parentNicename != null && !parentNicename.isBlank() && parent == null) {
            report.problem("category " + key + " (line " + line + "): its parent " + parentNicename
                    + " is not in the export; made a top-level section");
        }
        try {
            String parentSlug = parent;
            return unit.run(() -> {
                var existing = newsroom.taxonomy.section(slug);
                Section section = existing.orElseGet(() -> newsroom.taxonomy.addSection(slug,
                        name.isBlank() ? key : name, parentSlug, text(description)));
                ledger.save("category", key, section.id(), Ledger.fingerprint(name, parentSlug), section.slug()).run();
                countOnce(Kind.CATEGORIES, key, existing.isPresent() ? Outcome.UNCHANGED : Outcome.CREATED);
                return section.slug();
            });
        } catch (BadInput e) {
            report.count(Kind.CATEGORIES, Outcome.FAILED);
            report.problem("category " + key + " (line " + line + "): " + e.getMessage());
            return null;
        }
    }

    /** A tag's name as Masthead keeps it; counts it the first time this site's import meets it. */
    String tagName(String nicename, String escapedName) {
        String name = text(escapedName);
        if (name.isEmpty()) name = decode(nicename);
        String key = nicename.isBlank() ? Slugs.of(name) : nicename.strip();
        if (ledger.find("tag", key).isEmpty()) {
            boolean exists = newsroom.taxonomy.tag(Slugs.of(name)).isPresent();
            ledger.save("tag", key, 0, Ledger.fingerprint(name), name).run();
            countOnce(Kind.TAGS, key, exists ? Outcome.UNCHANGED : Outcome.CREATED);
        } else {
            countOnce(Kind.TAGS, key, Outcome.UNCHANGED);
        }
        return name;
    }

    private void countOnce(Kind kind, String key, Outcome outcome) {
        if (counted.add(kind + ":" + key)) report.count(kind, outcome);
    }

    void item(WxrItem item) {
        posts.sticky(reader.stickyIds());
        String type = item.type();
        switch (type) {
            case "post" -> posts.store(item, Kind.POSTS);
            case "page" -> {
                if (options.pages()) {
                    posts.store(item, Kind.PAGES);
                } else {
                    report.count(Kind.PAGES, Outcome.SKIPPED);
                    report.note(item.describe() + " \"" + text(item.get("title"))
                            + "\" skipped: pages are imported (as articles) with --pages");
                }
            }
            case "attachment" -> attachments.store(item);
            default -> {
                if (!INTERNAL_TYPES.contains(type)) {
                    report.problem(item.describe() + ": unknown post type '" + type + "', skipped");
                }
                report.count(Kind.POSTS, Outcome.SKIPPED);
            }
        }
    }

    void finish() {
        for (WxrReader.Term orphan : List.copyOf(waitingForParent)) {
            waitingForParent.remove(orphan);
            sectionSlug(orphan.slug(), orphan.name(), orphan.parentSlug(), orphan.description(), orphan.line());
        }
        posts.sticky(reader.stickyIds());
    }

    /** Text WordPress stored HTML-escaped (term names, titles): entities decoded, any tags dropped. */
    static String text(String escaped) {
        if (escaped == null || escaped.isEmpty()) return "";
        if (escaped.indexOf('<') < 0) return Parser.unescapeEntities(escaped, false).strip();
        return Jsoup.parse(escaped).text().strip();
    }

    /** A WordPress slug (percent-encoded UTF-8 for non-Latin ones) as a Masthead slug. */
    static String slug(String nicename, String fallbackText) {
        String decoded = decode(nicename.strip()).toLowerCase(java.util.Locale.ROOT);
        if (Slugs.isValid(decoded)) return decoded;
        return Slugs.of(decoded.isBlank() ? fallbackText : decoded);
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
