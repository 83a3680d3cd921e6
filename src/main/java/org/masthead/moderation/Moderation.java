package org.masthead.moderation;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.masthead.moderation.classifier.Classifier;
import org.masthead.moderation.classifier.Thresholds;
import org.masthead.moderation.sanctions.Sanctions;
import org.masthead.site.SiteSecret;

/**
 * The moderation feature's public face: what the pipeline's phases need, built once per process, and the pipeline
 * itself for whoever brings the history of earlier comments (the comments feature, or the command line's dry run).
 */
public final class Moderation {
    private final ModerationLimits limits;
    private final Addresses addresses;
    private final Sanctions sanctions;
    private final Classifier classifier;
    private final Thresholds classifierThresholds;

    public Moderation(Jdbi jdbi, SiteSecret secret, ModerationLimits limits, Thresholds classifierThresholds, Clock clock) {
        this.limits = limits;
        this.classifier = Classifier.bundled();
        this.classifierThresholds = classifierThresholds;
        this.addresses = new Addresses(secret);
        this.sanctions = new Sanctions(jdbi, clock);
    }

    /** The standard pipeline over this history of earlier comments. */
    public Pipeline pipeline(CommenterHistory history) {
        return Pipeline.standard(history, this);
    }

    public ModerationLimits limits() {
        return limits;
    }

    public Addresses addresses() {
        return addresses;
    }

    public Sanctions sanctions() {
        return sanctions;
    }

    public Classifier classifier() {
        return classifier;
    }

    public Thresholds classifierThresholds() {
        return classifierThresholds;
    }
}
