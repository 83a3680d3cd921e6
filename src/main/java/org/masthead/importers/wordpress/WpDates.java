package org.masthead.importers.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** WordPress's dates: "2024-06-05 22:40:00", and "0000-00-00 00:00:00" for "none" (a draft's GMT date). */
final class WpDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WpDates() {}

    /** The instant, if the text is a real date; the local form is read as UTC when the GMT one is missing. */
    static Optional<Instant> parse(String gmt, String local) {
        return one(gmt).or(() -> one(local));
    }

    static boolean isZero(String text) {
        return text == null || text.isBlank() || text.strip().startsWith("0000-00-00");
    }

    private static Optional<Instant> one(String text) {
        if (isZero(text)) return Optional.empty();
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
