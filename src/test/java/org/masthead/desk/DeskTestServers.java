package org.masthead.desk;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.masthead.testing.Mailbox;
import org.masthead.testing.TestDatabase;
import org.masthead.testing.TestServer;

/** Test servers for the desk: with a mail server and a clock the test moves. */
final class DeskTestServers {
    private DeskTestServers() {}

    static TestServer with(Mailbox mailbox, Clock clock) {
        Map<String, String> env = new HashMap<>(TestDatabase.freshEnvironment());
        env.putAll(mailbox.settings());
        return TestServer.on(env, clock);
    }

    static TestServer with(Map<String, String> settings, Clock clock) {
        Map<String, String> env = new HashMap<>(TestDatabase.freshEnvironment());
        env.putAll(settings);
        return TestServer.on(env, clock);
    }
}
