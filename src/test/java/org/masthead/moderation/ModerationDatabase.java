package org.masthead.moderation;

import org.masthead.Newsroom;
import org.masthead.config.Settings;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestDatabase;

/** A newsroom over a fresh database (SQLite, or PostgreSQL when the tests run there) for moderation's stored parts. */
public final class ModerationDatabase implements AutoCloseable {
    public final TestClock clock = TestClock.startingNow();
    public final Newsroom newsroom = new Newsroom(Settings.load(TestDatabase.freshEnvironment()), clock);
    public final Moderation moderation = newsroom.moderation;

    @Override
    public void close() {
        newsroom.close();
    }
}
