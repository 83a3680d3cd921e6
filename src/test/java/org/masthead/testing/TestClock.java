package org.masthead.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock that stands still until a test moves it on, so a test can tell apart two things that happen
 * "at the same time" (a page served from the cache keeps the Last-Modified it was rendered with).
 */
public final class TestClock extends Clock {
    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** Stopped at the present second. */
    public static TestClock now() {
        return new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Starts at the current time, to the millisecond (what the database stores). */
    public static TestClock startingNow() {
        return new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public TestClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock is always in UTC");
    }
}
