package org.masthead.desk;

import java.time.Duration;

/** How long a desk session lasts: {@code idle} without a request, {@code absolute} after signing in at most. */
public record SessionLimits(Duration idle, Duration absolute) {}
