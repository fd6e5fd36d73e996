package id.dinsos.portal.account;

import static id.dinsos.portal.account.TestUsers.callAs;
import static id.dinsos.portal.account.TestUsers.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.support.IntegrationTest;

/** Staff accounts, roles and deputising through StaffService, on MariaDB, with its access checks. */
@IntegrationTest
class StaffServiceIntegrationTest {

    static final String REHSOS = "rehsos";
    static final String TEAM = "anak-lansia";

    @Autowired
    StaffService staff;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    ThrottledAuthenticationProvider signIn;
    @Autowired
    OfficeService office;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    PortalUser admin;

    @BeforeEach
    void anAdministrator() {
        admin = TestStaff.signedInAdmin(staff, passwords, users, jdbc);
    }

    private PortalUser signIn(String email) {
        return (PortalUser) signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email,
                TestStaff.PASSWORD)).getPrincipal();
    }

    private static List<String> authorities(PortalUser user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(office.profile().hours().zone()));
    }

    private List<Map<String, Object>> audit(String subjectType, long subjectId) {
        return jdbc.queryForList("SELECT * FROM audit_event WHERE subject_type = ? AND subject_id = ? ORDER BY id",
                subjectType, String.valueOf(subjectId));
    }

    @Test
    void only_an_administrator_creates_staff_a_citizen_and_a_verifier_are_refused() {
        StaffForm form = TestStaff.form(REHSOS, StaffRole.VERIFIER);
        assertThatThrownBy(() -> runAs(TestUsers.citizen(1), () -> staff.create(form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(TestUsers.staff(2, REHSOS, StaffRole.VERIFIER, StaffRole.HEAD_OF_DIVISION),
                () -> staff.create(form))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.create(form)).as("nobody signed in")
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_user WHERE email = ?", Long.class, form.email()))
                .isZero();

        long id = callAs(admin, () -> staff.create(form));
        assertThat(callAs(admin, () -> staff.get(id)).roles()).containsExactly(StaffRole.VERIFIER);
    }

    @Test
    void the_other_staff_methods_are_for_administrators_only_too() {
        PortalUser verifier = TestUsers.staff(3, REHSOS, StaffRole.VERIFIER);
        List<Runnable> calls = List.of(
                () -> staff.list(null, 0, 10), () -> staff.count(null), () -> staff.get(admin.accountId()),
                () -> staff.changeAssignment(admin.accountId(), REHSOS, Set.of(StaffRole.VERIFIER)),
                () -> staff.deactivate(admin.accountId()), () -> staff.activeStaffByUnit(),
                () -> staff.searchActive("a", 0, 10), () -> staff.deputisings(admin.accountId()),
                () -> staff.endDeputy(1), () -> staff.staffNames(List.of(admin.accountId())),
                () -> staff.assignDeputy(new DeputyForm(1, StaffRole.HEAD_OF_DIVISION, REHSOS, 2, today(), today())));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> runAs(verifier, call)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_new_staff_member_sets_a_password_from_the_welcome_mail_and_signs_in_with_their_roles() {
        StaffForm form = new StaffForm("  Dewi   Lestari ", "Dewi.Lestari@Dinsos.Example.go.id", "1987 0612 2010 01 2 003",
                TEAM, EnumSet.of(StaffRole.VERIFIER, StaffRole.TEAM_LEAD));
        long id = callAs(admin, () -> staff.create(form));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM account_user WHERE id = ?", id);
        assertThat(row.get("kind")).isEqualTo("STAFF");
        assertThat(row.get("full_name")).isEqualTo("Dewi Lestari");
        assertThat(row.get("email")).isEqualTo("dewi.lestari@dinsos.example.go.id");
        assertThat(row.get("nip")).isEqualTo("198706122010012003");
        assertThat(row.get("unit_code")).isEqualTo(TEAM);
        assertThat(row.get("nik")).isNull();
        assertThat(jdbc.queryForList("SELECT CONCAT(role, '@', unit_code) FROM account_staff_role WHERE account_id = ?",
                String.class, id)).containsExactlyInAnyOrder("VERIFIER@" + TEAM, "TEAM_LEAD@" + TEAM);
        Map<String, Object> mail = jdbc.queryForMap(
                "SELECT template, locale, body FROM notification_outbox WHERE recipient = ?", row.get("email"));
        assertThat(mail.get("template")).isEqualTo("staff-welcome");
        assertThat(mail.get("locale")).isEqualTo("id");
        assertThat((String) mail.get("body")).contains("Yth. Bapak/Ibu Dewi Lestari").contains("/akun/atur-sandi?token=")
                .contains("72 jam");

        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "dewi.lestari@dinsos.example.go.id", "anything at all 123")))
                .as("nobody knows the password before it is set")
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);

        passwords.setPassword(TestStaff.passwordToken(jdbc, "dewi.lestari@dinsos.example.go.id"), TestStaff.PASSWORD,
                TestStaff.PASSWORD);
        PortalUser dewi = signIn("dewi.lestari@dinsos.example.go.id");
        assertThat(dewi.accountId()).isEqualTo(id);
        assertThat(dewi.kind()).isEqualTo(AccountKind.STAFF);
        assertThat(authorities(dewi)).containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_VERIFIER", "ROLE_TEAM_LEAD");
        assertThat(dewi.unitCode()).contains(TEAM);
        assertThat(dewi.holds(StaffRole.TEAM_LEAD, TEAM)).isTrue();
        assertThat(dewi.holds(StaffRole.TEAM_LEAD, REHSOS)).isFalse();

        assertThat(audit("ACCOUNT", id)).first().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("STAFF_CREATED");
            assertThat(e.get("actor_kind")).isEqualTo("STAFF");
            assertThat(e.get("actor_account_id")).isEqualTo(admin.accountId());
            assertThat((String) e.get("detail")).isEqualTo("unit=" + TEAM + " roles=VERIFIER,TEAM_LEAD")
                    .doesNotContain("Dewi").doesNotContain("dewi");
        });
    }

    @Test
    void a_social_worker_needs_a_kecamatan_and_signs_in_with_it() {
        StaffForm base = TestStaff.form("linjamsos", StaffRole.SOCIAL_WORKER);
        for (String wrong : new String[] {null, "", "32.16.05.2001", "99.99.99"}) {
            StaffForm form = new StaffForm(base.fullName(), base.email(), null, "linjamsos", base.roles(), wrong);
            assertThatThrownBy(() -> callAs(admin, () -> staff.create(form)))
                    .as("district %s", wrong)
                    .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("district"));
        }
        StaffForm form = new StaffForm(base.fullName(), base.email(), null, "linjamsos", base.roles(), "32.16.05");
        long id = callAs(admin, () -> staff.create(form));
        assertThat(callAs(admin, () -> staff.get(id)).districtCode()).isEqualTo("32.16.05");

        // Another role only: the kecamatan is dropped.
        runAs(admin, () -> staff.changeAssignment(id, "linjamsos", EnumSet.of(StaffRole.VERIFIER), "32.16.05"));
        assertThat(callAs(admin, () -> staff.get(id)).districtCode()).isNull();
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE action = 'STAFF_ROLES_CHANGED' "
                + "AND subject_id = ?", String.class, String.valueOf(id))).singleElement().asString()
                .contains("district=32.16.05").endsWith("roles=VERIFIER");
    }

    @Test
    void every_problem_of_a_staff_form_is_reported_at_once() {
        StaffForm bad = new StaffForm(" ", "bukan-email", "12345", "tidak-ada", Set.of());
        assertThatThrownBy(() -> runAs(admin, () -> staff.create(bad)))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("fullName:validation.name.required", "email:validation.email.format",
                                "nip:validation.nip.format", "unit:validation.unit.required",
                                "roles:validation.roles.required"));

        StaffForm first = TestStaff.form(REHSOS, StaffRole.VERIFIER);
        runAs(admin, () -> staff.create(new StaffForm(first.fullName(), first.email(), "198706122010012999", REHSOS,
                first.roles())));
        StaffForm again = new StaffForm("Orang Lain", first.email().toUpperCase(), "198706122010012999", REHSOS,
                first.roles());
        assertThatThrownBy(() -> runAs(admin, () -> staff.create(again)))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactlyInAnyOrder("validation.email.taken", "validation.nip.taken"));
    }

    @Test
    void changed_roles_and_unit_apply_at_the_next_sign_in_and_are_audited() {
        StaffForm form = TestStaff.createWithPassword(staff, passwords, jdbc, admin, TEAM, StaffRole.VERIFIER);
        long id = TestStaff.idOf(jdbc, form.email());

        runAs(admin, () -> staff.changeAssignment(id, REHSOS, EnumSet.of(StaffRole.HEAD_OF_DIVISION)));

        PortalUser after = signIn(form.email());
        assertThat(authorities(after)).containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_HEAD_OF_DIVISION");
        assertThat(after.holds(StaffRole.HEAD_OF_DIVISION, REHSOS)).isTrue();
        assertThat(audit("ACCOUNT", id)).extracting(e -> e.get("action"))
                .containsExactly("STAFF_CREATED", "PASSWORD_SET", "STAFF_ROLES_CHANGED");
        Map<String, Object> change = audit("ACCOUNT", id).stream()
                .filter(e -> "STAFF_ROLES_CHANGED".equals(e.get("action"))).findFirst().orElseThrow();
        assertThat(change.get("actor_account_id")).isEqualTo(admin.accountId());
        assertThat(change.get("detail"))
                .isEqualTo("from unit=" + TEAM + " roles=VERIFIER to unit=" + REHSOS + " roles=HEAD_OF_DIVISION");
    }

    @Test
    void a_deactivated_staff_member_can_no_longer_sign_in() {
        StaffForm form = TestStaff.createWithPassword(staff, passwords, jdbc, admin, REHSOS, StaffRole.FRONT_OFFICE);
        long id = TestStaff.idOf(jdbc, form.email());
        assertThat(signIn(form.email()).accountId()).isEqualTo(id);

        runAs(admin, () -> staff.deactivate(id));

        assertThatThrownBy(() -> signIn(form.email())).isInstanceOf(DisabledException.class);
        assertThat(callAs(admin, () -> staff.get(id)).active()).isFalse();
        assertThat(audit("ACCOUNT", id)).filteredOn(e -> "STAFF_DEACTIVATED".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat(e.get("actor_account_id")).isEqualTo(admin.accountId()));
    }

    @Test
    void an_administrator_keeps_their_own_admin_role_and_account() {
        assertThatThrownBy(() -> runAs(admin, () -> staff.changeAssignment(admin.accountId(), TestUsers.SECRETARIAT,
                EnumSet.of(StaffRole.VERIFIER))))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.staff.self"));
        assertThatThrownBy(() -> runAs(admin, () -> staff.deactivate(admin.accountId())))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.staff.self"));
        runAs(admin, () -> staff.changeAssignment(admin.accountId(), TestUsers.SECRETARIAT,
                EnumSet.of(StaffRole.ADMIN, StaffRole.SECRETARY)));
        assertThat(callAs(admin, () -> staff.get(admin.accountId())).roles())
                .containsExactlyInAnyOrder(StaffRole.ADMIN, StaffRole.SECRETARY);
    }

    @Test
    void deputising_gives_the_absent_heads_role_only_within_its_dates() {
        StaffForm head = TestStaff.createWithPassword(staff, passwords, jdbc, admin, REHSOS, StaffRole.HEAD_OF_DIVISION);
        StaffForm deputy = TestStaff.createWithPassword(staff, passwords, jdbc, admin, TEAM, StaffRole.TEAM_LEAD);
        long headId = TestStaff.idOf(jdbc, head.email());
        long deputyId = TestStaff.idOf(jdbc, deputy.email());
        LocalDate today = today();

        long later = callAs(admin, () -> staff.assignDeputy(new DeputyForm(headId, StaffRole.HEAD_OF_DIVISION, REHSOS,
                deputyId, today.plusDays(2), today.plusDays(4))));
        assertThat(authorities(signIn(deputy.email()))).as("not before its first day")
                .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_TEAM_LEAD");

        long now = callAs(admin, () -> staff.assignDeputy(new DeputyForm(headId, StaffRole.HEAD_OF_DIVISION, REHSOS,
                deputyId, today, today.plusDays(1))));
        PortalUser standingIn = signIn(deputy.email());
        assertThat(authorities(standingIn)).containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_TEAM_LEAD",
                "ROLE_HEAD_OF_DIVISION");
        assertThat(standingIn.grants()).contains(new StaffGrant(StaffRole.HEAD_OF_DIVISION, REHSOS, true));
        assertThat(standingIn.holds(StaffRole.HEAD_OF_DIVISION, REHSOS)).isTrue();
        assertThat(callAs(admin, () -> staff.deputisings(deputyId))).extracting(Deputising::id, Deputising::inForce)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(later, false),
                        org.assertj.core.groups.Tuple.tuple(now, true));

        // The same assignment once its dates are over.
        jdbc.update("UPDATE account_deputy SET starts_on = ?, ends_on = ? WHERE id = ?", today.minusDays(5),
                today.minusDays(1), now);
        assertThat(authorities(signIn(deputy.email()))).as("not after its last day")
                .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_TEAM_LEAD");

        // Ended early: the dates would say yes, the end says no.
        jdbc.update("UPDATE account_deputy SET starts_on = ?, ends_on = ? WHERE id = ?", today, today, now);
        assertThat(authorities(signIn(deputy.email()))).contains("ROLE_HEAD_OF_DIVISION");
        runAs(admin, () -> staff.endDeputy(now));
        assertThat(authorities(signIn(deputy.email()))).doesNotContain("ROLE_HEAD_OF_DIVISION");

        assertThat(audit("DEPUTY", now)).extracting(e -> e.get("action")).containsExactly("DEPUTY_ASSIGNED", "DEPUTY_ENDED");
        assertThat(audit("DEPUTY", now)).allSatisfy(e -> assertThat(e.get("actor_account_id")).isEqualTo(admin.accountId()));
        assertThat((String) audit("DEPUTY", now).getFirst().get("detail")).isEqualTo("deputy=" + deputyId + " absent="
                + headId + " role=HEAD_OF_DIVISION unit=" + REHSOS + " from=" + today + " until=" + today.plusDays(1));
    }

    @Test
    void a_deputising_the_absent_person_cannot_give_is_refused() {
        StaffForm head = TestStaff.createWithPassword(staff, passwords, jdbc, admin, REHSOS, StaffRole.HEAD_OF_DIVISION,
                StaffRole.ADMIN);
        StaffForm deputy = TestStaff.createWithPassword(staff, passwords, jdbc, admin, TEAM, StaffRole.TEAM_LEAD);
        long headId = TestStaff.idOf(jdbc, head.email());
        long deputyId = TestStaff.idOf(jdbc, deputy.email());
        LocalDate today = today();

        assertThat(problems(new DeputyForm(headId, StaffRole.SECRETARY, REHSOS, deputyId, today, today)))
                .as("a role the absent person does not hold").containsExactly("role:validation.deputy.role");
        assertThat(problems(new DeputyForm(headId, StaffRole.ADMIN, REHSOS, deputyId, today, today)))
                .as("administration is no head's office").containsExactly("role:validation.deputy.role");
        assertThat(problems(new DeputyForm(headId, StaffRole.HEAD_OF_DIVISION, TEAM, deputyId, today, today)))
                .as("another unit").containsExactly("role:validation.deputy.role");
        assertThat(problems(new DeputyForm(headId, StaffRole.HEAD_OF_DIVISION, REHSOS, headId, today, today)))
                .containsExactly("deputy:validation.deputy.person");
        assertThat(problems(new DeputyForm(headId, StaffRole.HEAD_OF_DIVISION, REHSOS, deputyId, today, today.minusDays(1))))
                .containsExactly("endsOn:validation.deputy.dates");
        assertThat(problems(new DeputyForm(headId, StaffRole.HEAD_OF_DIVISION, REHSOS, deputyId, today.minusDays(3),
                today.minusDays(1)))).containsExactly("endsOn:validation.deputy.past");

        runAs(admin, () -> staff.assignDeputy(new DeputyForm(headId, StaffRole.HEAD_OF_DIVISION, REHSOS, deputyId, today,
                today.plusDays(3))));
        assertThat(problems(new DeputyForm(headId, StaffRole.HEAD_OF_DIVISION, REHSOS, deputyId, today.plusDays(3),
                today.plusDays(5)))).as("one deputy at a time").containsExactly("startsOn:validation.deputy.overlap");
    }

    private List<String> problems(DeputyForm form) {
        try {
            runAs(admin, () -> staff.assignDeputy(form));
            return List.of();
        } catch (FormRejectedException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
    }

    @Test
    void the_staff_list_pages_by_unit_and_the_units_are_counted() {
        String unit = "penyandang-disabilitas";
        long before = callAs(admin, () -> staff.count(unit));
        Map<String, Long> countsBefore = callAs(admin, () -> staff.activeStaffByUnit());
        for (int i = 0; i < 3; i++) {
            runAs(admin, () -> staff.create(TestStaff.form(unit, StaffRole.VERIFIER)));
        }
        assertThat(callAs(admin, () -> staff.count(unit))).isEqualTo(before + 3);
        assertThat(callAs(admin, () -> staff.list(unit, 0, 2))).hasSize(2).allSatisfy(m -> assertThat(m.unitCode()).isEqualTo(unit));
        assertThat(callAs(admin, () -> staff.list(unit, 2, 50))).hasSize((int) before + 1);
        assertThat(callAs(admin, () -> staff.activeStaffByUnit()).get(unit))
                .isEqualTo(countsBefore.getOrDefault(unit, 0L) + 3);
        assertThat(callAs(admin, () -> staff.count(null))).isGreaterThanOrEqualTo(before + 4);
    }
}
