package id.dinsos.portal.sla;

import java.time.LocalDate;

/**
 * One non-working day of the office as the holiday table holds it.
 *
 * @param version the row's version, given back to {@link Holidays#amend} and {@link Holidays#delete}
 *                so that an edit made on stale data is refused rather than silently overwriting
 */
public record Holiday(long id, LocalDate date, String name, HolidayType type, HolidaySource source, int version) {
}
