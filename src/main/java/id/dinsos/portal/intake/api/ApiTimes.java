package id.dinsos.portal.intake.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * Times as the API writes them: ISO-8601 with the office's offset, to the second
 * ({@code 2026-11-25T09:15:00+07:00}), so a partner reads the office's own clock and still has an
 * unambiguous instant.
 */
final class ApiTimes {

    private ApiTimes() {
    }

    static @Nullable String format(@Nullable Instant instant, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
