package org.masthead.moderation;

/** The numbers the basic phases enforce; operators can change them in the settings. */
public record ModerationLimits(int maxLength, int maxLinks, int perAddressPerMinute, int perEmailPerMinute) {
    public static ModerationLimits defaults() {
        return new ModerationLimits(5000, 5, 10, 5);
    }
}
