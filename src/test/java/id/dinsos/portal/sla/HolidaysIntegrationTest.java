package id.dinsos.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import id.dinsos.portal.catalogue.TimeLimitUnit;
import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;
import id.dinsos.portal.support.IntegrationTest;

/**
 * The holiday table on a real MariaDB: seeded from the office's holidays.csv at start-up, idempotent,
 * kept by administrators only, and read by the SLA calendar. Each test changes its own dates only.
 */
@IntegrationTest
class HolidaysIntegrationTest {

    @Autowired
    Holidays holidays;
    @Autowired
    SlaService sla;
    @Autowired
    DefinitionFiles files;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    // Method security reads the context through this context's strategy bean (Vaadin's, one thread-local
    // per instance), not through the static SecurityContextHolder, whose strategy is replaced by whichever
    // Spring context of the test run started last.
    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    private void signedInWith(String role) {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        security.setContext(context);
    }

    private SourceFile officeFile() {
        return files.read(files.resource("classpath:offices/bekasi/holidays.csv"));
    }

    private Holiday on(String date) {
        return holidays.between(LocalDate.parse(date), LocalDate.parse(date)).stream().findFirst().orElseThrow();
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sla_holiday", Integer.class);
    }

    @Test
    void the_start_up_import_stored_every_date_of_the_office_file() {
        List<HolidayFile.Row> file = HolidayFile.parse(officeFile());
        List<LocalDate> stored = jdbc.queryForList("SELECT holiday_date FROM sla_holiday", LocalDate.class);
        assertThat(stored).containsAll(file.stream().map(HolidayFile.Row::date).toList());
        assertThat(file).hasSize(79);

        Holiday christmasLeave = on("2026-12-24");
        assertThat(christmasLeave.type()).isEqualTo(HolidayType.CUTI_BERSAMA);
        assertThat(christmasLeave.source()).isEqualTo(HolidaySource.FILE);
        assertThat(christmasLeave.name()).isEqualTo("Cuti Bersama Kelahiran Yesus Kristus");
    }

    @Test
    void a_second_import_adds_nothing() {
        int before = rows();
        Holidays.ImportReport report = holidays.importFile(officeFile());
        assertThat(report.inserted()).isZero();
        assertThat(report.alreadyPresent()).isEqualTo(79);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void an_admin_amendment_survives_a_re_import() {
        signedInWith("ADMIN");
        Holiday newYear = on("2025-01-01");
        holidays.amend(newYear.id(), newYear.version(), newYear.date(), "Tahun Baru 2025 (diubah)", HolidayType.LIBUR_NASIONAL);
        // A later decree moves Maulid 2027 from Sunday 15 to Monday 16 August.
        Holiday maulid = on("2027-08-15");
        Holiday moved = holidays.amend(maulid.id(), maulid.version(), LocalDate.parse("2027-08-16"), maulid.name(), maulid.type());
        assertThat(moved.source()).isEqualTo(HolidaySource.ADMIN);

        assertThat(holidays.importFile(officeFile()).inserted()).isZero();

        assertThat(on("2025-01-01").name()).isEqualTo("Tahun Baru 2025 (diubah)");
        assertThat(on("2025-01-01").source()).isEqualTo(HolidaySource.ADMIN);
        assertThat(holidays.between(LocalDate.parse("2027-08-15"), LocalDate.parse("2027-08-16")))
                .extracting(Holiday::date).containsExactly(LocalDate.parse("2027-08-16"));
        assertThat(sla.calendar().isWorkingDay(LocalDate.parse("2027-08-16"))).isFalse();
    }

    @Test
    void an_admin_deletion_survives_a_re_import() {
        signedInWith("ADMIN");
        Holiday leave = on("2025-12-26");
        holidays.delete(leave.id(), leave.version());

        assertThat(holidays.importFile(officeFile()).inserted()).isZero();

        assertThat(holidays.dates()).doesNotContain(LocalDate.parse("2025-12-26"));
        assertThat(sla.calendar().isWorkingDay(LocalDate.parse("2025-12-26"))).isTrue();
    }

    @Test
    void an_admin_adds_next_years_holiday_and_deadlines_skip_it() {
        signedInWith("ADMIN");
        Holiday added = holidays.add(LocalDate.parse("2028-01-03"), "Cuti Bersama Tahun Baru 2028", HolidayType.CUTI_BERSAMA);
        assertThat(added.source()).isEqualTo(HolidaySource.ADMIN);

        // Friday 31 December 2027 in office hours: one working day is Tuesday 4 January, not Monday.
        Instant friday = LocalDate.parse("2027-12-31").atTime(10, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
        assertThat(sla.calculator().deadline(friday, BigDecimal.ONE, TimeLimitUnit.WORKING_DAYS).toLocalDateTime())
                .isEqualTo(LocalDate.parse("2028-01-04").atTime(15, 30));
    }

    @Test
    void a_date_that_is_a_holiday_already_is_refused_and_a_deleted_one_can_come_back() {
        signedInWith("ADMIN");
        assertThatThrownBy(() -> holidays.add(LocalDate.parse("2026-08-17"), "Dua kali", HolidayType.LIBUR_NASIONAL))
                .isInstanceOfSatisfying(HolidayRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sla.holiday.error.duplicate"));
        assertThatThrownBy(() -> holidays.add(LocalDate.parse("2030-01-01"), " ", HolidayType.LIBUR_NASIONAL))
                .isInstanceOfSatisfying(HolidayRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sla.holiday.error.name"));

        Holiday waisak = on("2025-05-13");
        holidays.delete(waisak.id(), waisak.version());
        Holiday back = holidays.add(LocalDate.parse("2025-05-13"), "Cuti Bersama Waisak", HolidayType.CUTI_BERSAMA);
        assertThat(back.source()).isEqualTo(HolidaySource.ADMIN);
        assertThat(holidays.dates()).contains(LocalDate.parse("2025-05-13"));
    }

    @Test
    void an_edit_made_on_stale_data_is_refused() {
        signedInWith("ADMIN");
        Holiday buruh = on("2025-05-01");
        Holiday amended = holidays.amend(buruh.id(), buruh.version(), buruh.date(), "Hari Buruh", buruh.type());
        assertThat(amended.version()).isGreaterThan(buruh.version());
        assertThatThrownBy(() -> holidays.amend(buruh.id(), buruh.version(), buruh.date(), "Hari Buruh Internasional",
                buruh.type())).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> holidays.delete(buruh.id(), buruh.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(on("2025-05-01").name()).isEqualTo("Hari Buruh");
    }

    @Test
    void only_an_administrator_may_change_holidays() {
        Holiday pancasila = on("2025-06-01");
        for (String role : List.of("STAFF", "CITIZEN")) {
            signedInWith(role);
            assertThatThrownBy(() -> holidays.add(LocalDate.parse("2031-01-01"), "Uji", HolidayType.LIBUR_NASIONAL))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> holidays.amend(pancasila.id(), pancasila.version(), pancasila.date(), "Uji",
                    pancasila.type())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> holidays.delete(pancasila.id(), pancasila.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        security.clearContext();
        assertThatThrownBy(() -> holidays.delete(pancasila.id(), pancasila.version()))
                .isInstanceOf(AuthenticationException.class);

        assertThat(on("2025-06-01")).isEqualTo(pancasila);
        assertThat(holidays.dates()).doesNotContain(LocalDate.parse("2031-01-01"));
    }

    @Test
    void anyone_may_read_the_holidays_of_a_month() {
        assertThat(holidays.between(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31")))
                .extracting(Holiday::date, Holiday::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-12-24"), HolidayType.CUTI_BERSAMA),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-12-25"), HolidayType.LIBUR_NASIONAL));
    }

    @Test
    void the_sla_calendar_takes_hours_and_zone_from_the_office_profile() {
        WorkingCalendar calendar = sla.calendar();
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(calendar.open()).isEqualTo(LocalTime.of(8, 0));
        assertThat(calendar.close()).isEqualTo(LocalTime.of(15, 30));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-24"))).isFalse();
        assertThat(sla.calculator().dueSoonShare()).isEqualByComparingTo("0.75");

        Instant tuesday1525 = LocalDate.parse("2026-06-02").atTime(15, 25).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
        assertThat(sla.calculator().deadline(tuesday1525, BigDecimal.TEN, TimeLimitUnit.MINUTES).toLocalDateTime())
                .isEqualTo(LocalDate.parse("2026-06-03").atTime(8, 5));
    }

    @Test
    void a_clock_started_now_reads_the_injected_clock() {
        Instant before = clock.instant();
        SlaClock started = sla.startNow(TestCalendars.limit("10", TimeLimitUnit.MINUTES));
        assertThat(started.start()).isBetween(before, clock.instant());
        assertThat(sla.stateNow(started)).isEqualTo(SlaState.ON_TRACK);
    }
}
