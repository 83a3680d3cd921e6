package org.masthead.moderation;

import java.time.Duration;

/**
 * Where the optional outside scorer answers (a Perspective-API-compatible {@code comments:analyze} URL), its key
 * (sent as {@code ?key=}, never logged), and how long a comment may wait for it. An empty URL turns it off.
 */
public record OutsideScorerConfig(String url, String key, Duration timeout) {
    public static OutsideScorerConfig off() {
        return new OutsideScorerConfig("", "", Duration.ofMillis(800));
    }

    public boolean enabled() {
        return !url.isBlank();
    }

    @Override
    public String toString() {
        return "OutsideScorerConfig[url=" + url + ", timeout=" + timeout + "]";
    }
}
