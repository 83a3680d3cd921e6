package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.Masthead;

class AotTrainingCommandTest {
    @Test
    void training_run_starts_a_throwaway_newsroom_serves_its_pages_and_stops_cleanly() {
        // The launcher builds its start-up cache from this run; if it failed, every start would be slower.
        assertThat(Masthead.commandLine().execute("aot-training")).isZero();
    }
}
