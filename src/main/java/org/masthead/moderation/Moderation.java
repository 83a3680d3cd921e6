package org.masthead.moderation;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.masthead.moderation.classifier.Classifier;
import org.masthead.moderation.classifier.Thresholds;
import org.masthead.moderation.sanctions.Sanctions;
import org.masthead.moderation.wordlists.WordLists;
import org.masthead.site.SiteSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation feature's public face: what the pipeline's phases need, built once per process, and the pipeline
 * itself for whoever brings the history of earlier comments (the comments feature, or the command line's dry run).
 */
public final class Moderation {
    private static final Logger LOG = LoggerFactory.getLogger(Moderation.class);
    private final ModerationLimits limits;
    private final Addresses addresses;
    private final Sanctions sanctions;
    private final Classifier classifier;
    private final Thresholds classifierThresholds;
    private final WordLists wordLists;
    private final LinkDomains linkDomains;
    private final Supplier<Map<String, String>> siteValues;
    private final OutsideScorerConfig outsideScorer;
    private volatile Parsed settings;

    private record Parsed(Map<String, String> from, ModerationSettings settings) {}

    /** {@code siteValues}: the site's stored settings, the same map until they change (see SiteSettings.values). */
    public Moderation(Jdbi jdbi, SiteSecret secret, ModerationLimits limits, Thresholds classifierThresholds,
            OutsideScorerConfig outsideScorer, Supplier<Map<String, String>> siteValues, Clock clock) {
        this.limits = limits;
        this.classifier = Classifier.bundled();
        this.classifierThresholds = classifierThresholds;
        this.outsideScorer = outsideScorer;
        this.addresses = new Addresses(secret);
        this.sanctions = new Sanctions(jdbi, clock);
        this.wordLists = new WordLists(jdbi, clock);
        this.linkDomains = new LinkDomains(jdbi, clock);
        this.siteValues = siteValues;
        this.settings = new Parsed(null, ModerationSettings.defaults(classifierThresholds));
    }

    /** The standard pipeline over this history of earlier comments. */
    public Pipeline pipeline(CommenterHistory history) {
        return Pipeline.standard(history, this);
    }

    /**
     * How this site moderates now. Read from the site's settings, parsed again only when they changed; a wrong value
     * stored there (the desk checks with {@link ModerationSettings#parse} first) falls back to the defaults, loudly.
     */
    public ModerationSettings settings() {
        Map<String, String> values = siteValues.get();
        Parsed current = settings;
        if (current.from() == values) return current.settings();
        ModerationSettings parsed;
        try {
            parsed = ModerationSettings.parse(values, classifierThresholds);
        } catch (RuntimeException e) {
            LOG.error("moderation settings are wrong, using the defaults: {}", e.getMessage());
            parsed = ModerationSettings.defaults(classifierThresholds);
        }
        settings = new Parsed(values, parsed);
        return parsed;
    }

    /** Reads the word lists and blocked link domains again (another node of the cluster changed them). */
    public void reloadLists() {
        wordLists.reload();
        linkDomains.reload();
    }

    /** Tells {@code listener} when this node changed the word lists or blocked link domains. */
    public void onListsChanged(Runnable listener) {
        wordLists.onChange(listener);
        linkDomains.onChange(listener);
    }

    public OutsideScorerConfig outsideScorer() {
        return outsideScorer;
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

    /**
     * The classifier's thresholds in force now: the site's settings over the start-up defaults. Read it for each
     * comment (pass {@code moderation::classifierThresholds} to the Classify phase), so a change on the desk applies
     * to the next comment without a restart.
     */
    public Thresholds classifierThresholds() {
        return settings().classifier();
    }

    /** The start-up configuration's thresholds ({@code moderation.classifier.*}): a site's defaults, nothing more. */
    public Thresholds defaultClassifierThresholds() {
        return classifierThresholds;
    }

    public WordLists wordLists() {
        return wordLists;
    }

    public LinkDomains linkDomains() {
        return linkDomains;
    }
}
