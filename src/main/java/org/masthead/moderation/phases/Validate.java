package org.masthead.moderation.phases;

import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationLimits;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;

/** Refuses what is not a comment: empty or over-long text, control characters, HTML code, too many links, bad names. */
public final class Validate implements Phase {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\uFFFE\\uFFFF]");
    private static final Pattern NAME_CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern HTML_CODE = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|object|embed|style|svg|img|form|input|link|meta|a|div|span)\\b|\\bon[a-z]+\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");
    private final ModerationLimits limits;

    public Validate(ModerationLimits limits) {
        this.limits = limits;
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        String text = s.text() == null ? "" : s.text();
        String name = s.authorName() == null ? "" : s.authorName().strip();
        if (name.isEmpty()) return reject("no-name", "Please give a name to show with your comment.");
        if (name.length() > 100) return reject("long-name", "Your name can have at most 100 characters.");
        if (NAME_CONTROL.matcher(name).find()) return reject("control-characters", "Your name contains characters we cannot show.");
        String email = s.authorEmail() == null ? "" : s.authorEmail().strip();
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            return reject("bad-email", "Please give a working email address (it is never shown).");
        }
        if (text.isBlank()) return reject("empty", "Your comment is empty.");
        int length = text.codePointCount(0, text.length());
        if (length > limits.maxLength()) {
            return reject("too-long", "Your comment has " + length + " characters; the limit is " + limits.maxLength()
                    + ". Please shorten it.");
        }
        if (CONTROL.matcher(text).find()) return reject("control-characters", "Your comment contains characters we cannot show.");
        if (HTML_CODE.matcher(text).find()) {
            return reject("html", "Comments cannot contain HTML code. Use *italic*, **bold**, > quotes and plain links.");
        }
        long links = LINK.matcher(text).results().count();
        if (links > limits.maxLinks()) {
            return reject("too-many-links", "Your comment has " + links + " links; the limit is " + limits.maxLinks() + ".");
        }
        return Optional.empty();
    }

    private static Optional<Decision> reject(String code, String detail) {
        return Optional.of(new Decision.Reject(new Reason("validate", code, detail)));
    }
}
