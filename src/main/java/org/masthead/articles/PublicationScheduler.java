package org.masthead.articles;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled articles when their time comes. The schedule lives in the database, so articles due
 * while the server was down are published on the first check after a restart.
 */
public final class PublicationScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublicationScheduler.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("publication-scheduler").daemon().factory());

    public PublicationScheduler(Articles articles, long periodSeconds) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int published = articles.publishDue();
                if (published > 0) LOG.info("published {} scheduled article(s)", published);
            } catch (RuntimeException e) {
                LOG.error("scheduled publication failed; will try again", e);
            }
        }, 0, periodSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
