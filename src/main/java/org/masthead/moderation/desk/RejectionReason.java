package org.masthead.moderation.desk;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a moderator rejected a comment, from a fixed list: the label moderators choose from, and the plain words its
 * author is told (a statement of reasons, as article 17 of the EU Digital Services Act asks of platforms).
 */
public enum RejectionReason {
    INSULT("insult", "Insults or demeans a person",
            "It insults or demeans another person. Criticise ideas, decisions and public conduct as sharply as you"
                    + " like, but not people's worth."),
    HATE("hate", "Attacks a group of people",
            "It attacks people for their nationality, ethnicity, religion, gender, sexuality or disability."),
    VIOLENCE("violence", "Threatens or calls for violence",
            "It threatens, calls for or wishes violence or death, against anyone, public figures included."),
    SPAM("spam", "Spam or advertising",
            "It advertises something, or repeats a message posted before, which we treat as spam."),
    PRIVATE("private", "Reveals private information",
            "It reveals someone's private information, such as an address or a phone number."),
    OFF_TOPIC("off-topic", "Off topic",
            "It is not about the article or the discussion under it."),
    RULES("rules", "Breaks another discussion rule",
            "It breaks our discussion rules.");

    public final String code;
    public final String label;
    public final String plainWords;

    RejectionReason(String code, String label, String plainWords) {
        this.code = code;
        this.label = label;
        this.plainWords = plainWords;
    }

    public static Optional<RejectionReason> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /**
     * The reason a moderator most likely wants for a comment the system held, from the reasons it stored (phase
     * codes and classifier labels): preselected, so rejecting takes one key.
     */
    public static RejectionReason suggestedFor(String storedReasons) {
        String r = storedReasons == null ? "" : storedReasons.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("threat") || r.contains("violence")) return VIOLENCE;
        if (r.contains("identity") || r.contains("hate") || r.contains("slur")) return HATE;
        if (r.contains("spam") || r.contains("link") || r.contains("duplicate")) return SPAM;
        if (r.contains("insult") || r.contains("toxic") || r.contains("profan") || r.contains("blocked")
                || r.contains("suspect")) return INSULT;
        return RULES;
    }
}
