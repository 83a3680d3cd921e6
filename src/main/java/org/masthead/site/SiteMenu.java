package org.masthead.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.masthead.web.BadInput;

/**
 * The navigation menu as an editor writes it: one link a line, "Label | /address". Addresses are paths on this
 * site or http(s) links elsewhere; anything else (javascript:, data:) is refused.
 */
public final class SiteMenu {
    private SiteMenu() {}

    /** Reads stored text leniently: a line that does not fit is left out instead of breaking every page. */
    static List<SiteIdentity.MenuLink> parse(String text) {
        List<SiteIdentity.MenuLink> links = new ArrayList<>();
        for (String line : text.split("\n")) {
            try {
                SiteIdentity.MenuLink link = line(line);
                if (link != null) links.add(link);
            } catch (BadInput ignored) {
                // validated when saved; an old stored line is simply not shown
            }
        }
        return List.copyOf(links);
    }

    /** Checks text from the settings form; returns it normalised, one "Label | /path" a line. */
    public static String validate(String text) {
        List<String> lines = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            try {
                SiteIdentity.MenuLink link = line(line);
                if (link != null) lines.add(link.label() + " | " + link.path());
            } catch (BadInput e) {
                throw new BadInput("Menu line " + number + ": " + e.getMessage());
            }
        }
        if (lines.size() > 20) throw new BadInput("The menu takes at most 20 links.");
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static SiteIdentity.MenuLink line(String line) {
        if (line.isBlank()) return null;
        int bar = line.indexOf('|');
        if (bar < 0) throw new BadInput("write the label, a bar and the address, e.g. \"News | /category/news/\".");
        String label = line.substring(0, bar).strip();
        String path = line.substring(bar + 1).strip();
        if (label.isEmpty() || label.length() > 60) throw new BadInput("a label needs 1 to 60 characters.");
        boolean local = path.startsWith("/") && !path.startsWith("//");
        boolean web = path.matches("https?://[^\\s]+");
        if (!(local || web) || path.length() > 500 || path.chars().anyMatch(Character::isWhitespace)) {
            throw new BadInput("'" + path + "' is not an address on this site (/...) or a web link (https://...).");
        }
        return new SiteIdentity.MenuLink(label, path);
    }
}
