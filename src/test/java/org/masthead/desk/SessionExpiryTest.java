package org.masthead.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.testing.DeskUser;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

class SessionExpiryTest {
    private final TestClock clock = TestClock.startingNow();
    private TestServer server;

    @BeforeEach
    void start() {
        server = DeskTestServers.with(Map.of("MASTHEAD_DESK_SESSION_IDLE_MINUTES", "30",
                "MASTHEAD_DESK_SESSION_MAX_HOURS", "8"), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_session_ends_after_the_idle_time_without_requests() {
        DeskUser user = DeskUser.signedIn(server, Role.EDITOR);
        clock.advance(Duration.ofMinutes(29));
        assertThat(user.get("/desk/").statusCode()).as("29 minutes idle").isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(user.get("/desk/").statusCode()).as("each request restarts the idle time").isEqualTo(200);
        clock.advance(Duration.ofMinutes(30));
        assertThat(user.get("/desk/").statusCode()).as("30 minutes idle").isEqualTo(303);
        clock.advance(Duration.ofMinutes(1));
        assertThat(user.get("/desk/").statusCode()).as("and it stays ended").isEqualTo(303);
    }

    @Test
    void a_busy_session_still_ends_at_the_absolute_limit() {
        DeskUser user = DeskUser.signedIn(server, Role.EDITOR);
        for (int i = 0; i < 31; i++) { // 7 h 45 min of activity, a request every quarter of an hour
            clock.advance(Duration.ofMinutes(15));
            assertThat(user.get("/desk/").statusCode()).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(user.get("/desk/").statusCode()).as("8 hours after signing in").isEqualTo(303);
    }
}
