package id.dinsos.portal.sla;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.dinsos.portal.catalogue.TimeLimit;
import id.dinsos.portal.catalogue.TimeLimitUnit;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.LocalizedText;

/** Bekasi's calendar without Spring: its office hours and the holidays of its holidays.csv. */
final class TestCalendars {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final DefinitionFiles FILES = new DefinitionFiles();
    static final OfficeProfile.Hours BEKASI_HOURS = new OfficeProfile.Hours(LocalTime.of(8, 0), LocalTime.of(15, 30),
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), WIB);

    private static final Set<LocalDate> BEKASI_HOLIDAYS = bekasiFile().stream().map(HolidayFile.Row::date)
            .collect(Collectors.toUnmodifiableSet());

    private TestCalendars() {
    }

    static List<HolidayFile.Row> bekasiFile() {
        return HolidayFile.parse(FILES.read(FILES.resource("classpath:offices/bekasi/holidays.csv")));
    }

    /** Bekasi: 08.00–15.30 WIB, Monday to Friday, the holidays of its file. */
    static WorkingCalendar bekasi() {
        return new WorkingCalendar(BEKASI_HOURS, BEKASI_HOLIDAYS);
    }

    static DeadlineCalculator calculator() {
        return new DeadlineCalculator(bekasi());
    }

    /** A moment written as Jakarta wall time, e.g. {@code 2026-06-02T15:25}. */
    static ZonedDateTime wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB);
    }

    static Instant at(String localDateTime) {
        return wib(localDateTime).toInstant();
    }

    static TimeLimit limit(String min, String max, TimeLimitUnit unit) {
        return new TimeLimit(new BigDecimal(min), new BigDecimal(max), unit, LocalizedText.of(min + "–" + max, null));
    }

    static TimeLimit limit(String value, TimeLimitUnit unit) {
        return limit(value, value, unit);
    }
}
