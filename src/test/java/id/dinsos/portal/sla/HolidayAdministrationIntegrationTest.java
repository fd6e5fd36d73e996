package id.dinsos.portal.sla;

import static id.dinsos.portal.account.TestUsers.callAs;
import static id.dinsos.portal.account.TestUsers.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.dinsos.portal.account.PasswordResetService;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.support.IntegrationTest;

/**
 * Holiday administration by a real administrator: each addition, amendment and deletion is in the audit
 * trail with the administrator as actor, the calendar follows at once, and staff and citizens are refused.
 */
@IntegrationTest
class HolidayAdministrationIntegrationTest {

    @Autowired
    Holidays holidays;
    @Autowired
    SlaService sla;
    @Autowired
    StaffService staffService;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    UserDetailsService users;
    @Autowired
    RegistrationService registration;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    int audited(PortalUser admin, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor_account_id = ? "
                + "AND subject_type = 'HOLIDAY'", Integer.class, action, admin.accountId());
    }

    @Test
    void an_administrator_adds_amends_and_deletes_a_holiday_each_audited_and_the_calendar_follows() {
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        int year = Year.now().getValue() + 4;
        // A Wednesday in a year the office file does not cover yet.
        LocalDate day = LocalDate.of(year, 6, 1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        LocalDate wednesday = day;
        assertThat(sla.calendar().isWorkingDay(wednesday)).isTrue();

        Holiday added = callAs(admin, () -> holidays.add(wednesday, "Cuti bersama uji", HolidayType.CUTI_BERSAMA));
        assertThat(sla.calendar().isWorkingDay(wednesday)).isFalse();
        assertThat(audited(admin, "HOLIDAY_ADDED")).isEqualTo(1);

        LocalDate thursday = wednesday.plusDays(1);
        Holiday moved = callAs(admin, () -> holidays.amend(added.id(), added.version(), thursday, "Cuti bersama uji",
                HolidayType.CUTI_BERSAMA));
        assertThat(sla.calendar().isWorkingDay(wednesday)).isTrue();
        assertThat(sla.calendar().isWorkingDay(thursday)).isFalse();
        assertThat(audited(admin, "HOLIDAY_AMENDED")).isEqualTo(1);

        runAs(admin, () -> holidays.delete(moved.id(), moved.version()));
        assertThat(sla.calendar().isWorkingDay(thursday)).isTrue();
        assertThat(audited(admin, "HOLIDAY_DELETED")).isEqualTo(1);
    }

    @Test
    void staff_and_citizens_may_not_change_holidays_and_nothing_is_recorded() {
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        long staffId = callAs(admin, () -> staffService.create(TestStaff.form("rehsos", StaffRole.HEAD_OF_DIVISION)));
        PortalUser kabid = TestUsers.staff(staffId, "rehsos", StaffRole.HEAD_OF_DIVISION);
        LocalDate date = LocalDate.of(Year.now().getValue() + 4, 8, 3);
        assertThatThrownBy(() -> callAs(kabid, () -> holidays.add(date, "Libur", HolidayType.LIBUR_NASIONAL)))
                .isInstanceOf(AccessDeniedException.class);
        var citizen = TestAccounts.verifiedCitizen(registration, jdbc, "Yanti Kurnia");
        assertThatThrownBy(() -> TestAccounts.as(citizen, () -> holidays.add(date, "Libur", HolidayType.LIBUR_NASIONAL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(holidays.between(date, date)).isEmpty();
    }
}
