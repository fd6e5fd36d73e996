package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/** Real staff accounts for tests: distinct forms, a first administrator, and the link mailed to set a password. */
public final class TestStaff {

    private static final AtomicInteger SERIAL = new AtomicInteger(100 + (int) (System.nanoTime() % 5000));
    /** An administrator who exists only in the security context, to create the first real one. */
    private static final PortalUser BOOTSTRAP = TestUsers.admin(-1);
    public static final String PASSWORD = "Kopi tubruk di Cikarang 2026";

    private TestStaff() {
    }

    public static StaffForm form(String unitCode, StaffRole... roles) {
        int n = SERIAL.incrementAndGet();
        return new StaffForm("Petugas Uji " + n, "petugas" + n + "@dinsos.example.go.id", null, unitCode,
                roles.length == 0 ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(List.of(roles)));
    }

    /** A real, active administrator with a password set, signed in. */
    public static PortalUser signedInAdmin(StaffService staff, PasswordResetService passwords,
                                           org.springframework.security.core.userdetails.UserDetailsService users,
                                           JdbcTemplate jdbc) {
        StaffForm form = form(TestUsers.SECRETARIAT, StaffRole.ADMIN);
        long id = TestUsers.callAs(BOOTSTRAP, () -> staff.create(form));
        passwords.setPassword(passwordToken(jdbc, form.email()), PASSWORD, PASSWORD);
        PortalUser admin = (PortalUser) users.loadUserByUsername(form.email());
        assertThat(admin.accountId()).isEqualTo(id);
        return admin;
    }

    /** A real staff member, created by the administrator, with a password set. */
    public static StaffForm createWithPassword(StaffService staff, PasswordResetService passwords, JdbcTemplate jdbc,
                                               PortalUser admin, String unitCode, StaffRole... roles) {
        StaffForm form = form(unitCode, roles);
        TestUsers.runAs(admin, () -> staff.create(form));
        passwords.setPassword(passwordToken(jdbc, form.email()), PASSWORD, PASSWORD);
        return form;
    }

    /** A real staff member of the unit with one role, created by the administrator, as the services see them. */
    public static PortalUser member(StaffService staff, PortalUser admin, String unitCode, StaffRole role) {
        StaffForm form = form(unitCode, role);
        long id = TestUsers.callAs(admin, () -> staff.create(form));
        return TestUsers.staff(id, unitCode, role);
    }

    public static long idOf(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("SELECT id FROM account_user WHERE email = ?", Long.class, email);
    }

    /** The token of the latest password link mailed to the address (welcome or reset). */
    public static String passwordToken(JdbcTemplate jdbc, String email) {
        String body = jdbc.queryForObject("""
                SELECT body FROM notification_outbox WHERE recipient = ?
                AND template IN ('staff-welcome', 'password-reset') ORDER BY id DESC LIMIT 1""", String.class, email);
        Matcher m = Pattern.compile("atur-sandi\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("the mail carries the link").isTrue();
        return m.group(1);
    }
}
