package org.masthead.moderation.classifier;

import java.util.Locale;

/** What the classifier scores, one probability each. A comment may have several (a threat is also toxic). */
public enum Label {
    /** Rude, abusive or profane; every insult, slur and threat is also toxic. */
    TOXICITY,
    /** Abuse aimed at a person or at the people in the discussion. */
    INSULT,
    /** Contempt or slurs against people for their nationality, religion, ethnicity, sex, sexuality or disability. */
    IDENTITY_HATE,
    /** Threats, calls for violence and wishing someone dead or hurt, public figures included. */
    THREAT,
    /** Advertising, scams, link farms and other comments not written for the discussion. */
    SPAM;

    /** The lower-case name used in the corpus, settings, stored findings and JSON ("identity_hate"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Label parse(String id) {
        for (Label l : values()) {
            if (l.id().equals(id.strip().toLowerCase(Locale.ROOT))) return l;
        }
        throw new IllegalArgumentException("unknown label '" + id + "' (known: toxicity, insult, identity_hate, threat, spam, clean)");
    }
}
