package org.masthead.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.masthead.site.SiteSecret;

/**
 * Network addresses as Masthead keeps them: never in the clear, only as salted hashes (keyed by the site's secret),
 * enough to count a flood, to block an address or a whole network, and to notice a banned reader coming back. The
 * network is the /24 of an IPv4 address and the /48 of an IPv6 one: what one home or office line usually gets.
 */
public final class Addresses {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private final SiteSecret secret;

    public Addresses(SiteSecret secret) {
        this.secret = secret;
    }

    /** The hash of one address ("" for none); the same one comments have always been stored with. */
    public String hash(String ip) {
        if (ip == null || ip.isBlank()) return "";
        return secret.sign("ip", ip.strip()).substring(0, 32);
    }

    /** The hash of the address's network, or "" when it is not an IP address literal. */
    public String networkHash(String ip) {
        String network = network(ip);
        return network.isEmpty() ? "" : secret.sign("network", network).substring(0, 32);
    }

    /** "203.0.113" for 203.0.113.7, the first three groups of an IPv6 address in full, or "" for anything else. */
    static String network(String ip) {
        if (ip == null) return "";
        String s = ip.strip();
        var v4 = IPV4.matcher(s);
        if (v4.matches()) {
            for (int g = 1; g <= 4; g++) if (Integer.parseInt(v4.group(g)) > 255) return "";
            return v4.group(1) + "." + v4.group(2) + "." + v4.group(3);
        }
        if (!s.contains(":") || !IPV6.matcher(s).matches()) return "";
        String[] groups = expand(s.toLowerCase(Locale.ROOT));
        return groups == null ? "" : String.join(":", Arrays.copyOf(groups, 3));
    }

    /** The eight groups of an IPv6 address, "::" filled in; null if it is not one (mapped IPv4 tails included). */
    private static String[] expand(String s) {
        int gap = s.indexOf("::");
        if (gap != s.lastIndexOf("::")) return null;
        String[] head = parts(gap < 0 ? s : s.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : parts(s.substring(gap + 2));
        if (gap < 0 ? head.length != 8 : head.length + tail.length > 7) return null;
        String[] groups = new String[8];
        Arrays.fill(groups, "0");
        for (int i = 0; i < head.length; i++) groups[i] = normal(head[i]);
        for (int i = 0; i < tail.length; i++) groups[8 - tail.length + i] = normal(tail[i]);
        for (String g : groups) if (g == null) return null;
        return groups;
    }

    private static String[] parts(String s) {
        return s.isEmpty() ? new String[0] : s.split(":", -1);
    }

    private static String normal(String group) {
        if (group.isEmpty() || group.length() > 4 || !group.matches("[0-9a-f]+")) return null;
        return Integer.toHexString(Integer.parseInt(group, 16));
    }
}
