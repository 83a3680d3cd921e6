package org.masthead.moderation.phases;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.Match;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;

/**
 * Holds a comment with more links than the site allows without review ({@code moderation.max-links}, default 2:
 * a source or two is discussion, a list of links is usually advertising) or with a link to a blocked domain.
 */
public final class Links implements Phase {
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)([^\\s/?#:<>\"'()\\[\\]]+)");
    private final Supplier<ModerationSettings> settings;
    private final Supplier<Set<String>> blockedDomains;

    public Links(Supplier<ModerationSettings> settings, Supplier<Set<String>> blockedDomains) {
        this.settings = settings;
        this.blockedDomains = blockedDomains;
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        Set<String> blocked = blockedDomains.get();
        int links = 0;
        Matcher m = LINK.matcher(s.text());
        while (m.find()) {
            links++;
            String host = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
            if (host.startsWith("www.")) host = host.substring(4);
            String domain = blockedDomain(host, blocked);
            if (domain != null) {
                f.match(new Match("link", "blocked-domain", domain, m.start(), m.end(), m.group()));
                f.hold(new Reason("links", "blocked-domain", "Links to " + domain + ", a domain this site does not accept."));
            }
        }
        int max = settings.get().maxLinks();
        if (links > max) {
            f.hold(new Reason("links", "many-links", "Has " + links + " links; comments with more than " + max
                    + " are read by a moderator first."));
        }
        return Optional.empty();
    }

    /** The blocked domain that {@code host} is or lies under, or null. */
    private static String blockedDomain(String host, Set<String> blocked) {
        String h = host;
        while (true) {
            if (blocked.contains(h)) return h;
            int dot = h.indexOf('.');
            if (dot < 0) return null;
            h = h.substring(dot + 1);
        }
    }
}
