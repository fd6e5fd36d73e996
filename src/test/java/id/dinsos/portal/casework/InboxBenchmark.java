package id.dinsos.portal.casework;

import static id.dinsos.portal.account.TestUsers.callAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.dinsos.portal.account.PasswordResetService;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.support.IntegrationTest;

/**
 * How long the inbox's first page and the dashboard take over a year's load: {@code benchmark.cases}
 * generated applications and cases ({@link CaseGenerator}, 100,000 by default; a database that already
 * holds generated ones is topped up, not doubled), then, as the head of one division (rehsos) and as
 * one of its verifiers, {@code benchmark.repetitions} warm repetitions of each: the inbox's first page
 * (count, counts per state, the first 50 rows by deadline) for "mine" and "unit", and the dashboard
 * (open cases per unit, last month's compliance table). Prints the median and p90 in ms. A measurement,
 * not a test: it asserts only that the answers are not empty.
 * <p>
 * Run with {@code ./mvnw verify -Pbenchmark} (README, "Benchmarks"), optionally
 * {@code -Dbenchmark.cases=100000 -Dbenchmark.repetitions=30}.
 */
@IntegrationTest
class InboxBenchmark {

    static final int WARM_UP = 5;

    @Value("${benchmark.cases:100000}")
    int cases;
    @Value("${benchmark.repetitions:30}")
    int repetitions;
    @Autowired
    CaseInbox inbox;
    @Autowired
    ComplianceReport report;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    Regions regions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    StaffService staffService;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    UserDetailsService users;

    @Test
    void inbox_first_page_and_dashboard_over_a_year_of_cases() {
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        PortalUser kabid = staffMember(admin, StaffRole.HEAD_OF_DIVISION);
        List<PortalUser> verifiers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            verifiers.add(staffMember(admin, StaffRole.VERIFIER));
        }
        int existing = jdbc.queryForObject("SELECT COUNT(*) FROM casework_case WHERE tracking_number LIKE '%-G%'",
                Integer.class);
        long preparing = System.nanoTime();
        int missing = Math.max(0, cases - existing);
        if (missing > 0) {
            CaseGenerator.generate(jdbc, catalogue.services(), regions.districts().stream().map(Regions.Region::code)
                    .toList(), verifiers.stream().map(PortalUser::accountId).toList(), missing, clock.instant(), 42);
            jdbc.execute("ANALYZE TABLE casework_case");
        }
        double prepareSeconds = (System.nanoTime() - preparing) / 1e9;
        int total = jdbc.queryForObject("SELECT COUNT(*) FROM casework_case", Integer.class);
        int rehsos = jdbc.queryForObject("SELECT COUNT(*) FROM casework_case WHERE unit_code = 'rehsos'",
                Integer.class);
        // A verifier's own cases: reassign a share of the generated ones to the first new verifier.
        PortalUser verifier = verifiers.getFirst();
        jdbc.update("UPDATE casework_case SET holder_account_id = ? WHERE unit_code = 'rehsos' AND holder_role = 'VERIFIER' "
                + "AND completed_at IS NULL AND MOD(id, 8) = 0", verifier.accountId());
        YearMonth lastMonth = callAs(kabid, report::currentMonth).minusMonths(1);

        System.out.println();
        System.out.println("=== InboxBenchmark ===");
        System.out.printf(Locale.ROOT, "cases in the database %d (rehsos %d; %d generated now in %.1f s), "
                + "%d warm-up and %d measured repetitions%n", total, rehsos, missing, prepareSeconds, WARM_UP,
                repetitions);
        measure("inbox first page, head of division, scope UNIT", kabid, () -> firstPage(InboxFilter.of(InboxScope.UNIT)));
        measure("inbox first page, head of division, scope MINE", kabid, () -> firstPage(InboxFilter.of(InboxScope.MINE)));
        measure("inbox first page, verifier, scope MINE", verifier, () -> firstPage(InboxFilter.of(InboxScope.MINE)));
        measure("inbox first page, head of division, UNIT + state OVERDUE", kabid,
                () -> firstPage(InboxFilter.of(InboxScope.UNIT).withState(InboxState.OVERDUE)));
        measure("dashboard (open per unit + " + lastMonth + " compliance), head of division", kabid,
                () -> dashboard(lastMonth));
        PortalUser headOfOffice = TestUsers.staff(admin.accountId() + 1_000_000, "sekretariat", StaffRole.HEAD_OF_OFFICE);
        measure("dashboard (open per unit + " + lastMonth + " compliance), head of office (all units)", headOfOffice,
                () -> dashboard(lastMonth));
        System.out.println();
    }

    private int firstPage(InboxFilter filter) {
        int count = inbox.count(filter);
        Map<InboxState, Integer> counts = inbox.countsByState(filter);
        List<InboxRow> rows = inbox.page(filter, InboxSort.DUE, 0, 50);
        assertThat(counts).isNotEmpty();
        assertThat(rows.size()).isEqualTo(Math.min(50, count));
        return rows.size();
    }

    private int dashboard(YearMonth month) {
        var open = report.openByUnit();
        var compliance = report.month(month);
        assertThat(open).isNotEmpty();
        assertThat(compliance).isNotEmpty();
        return open.size() + compliance.size();
    }

    private void measure(String what, PortalUser user, Supplier<Integer> call) {
        for (int i = 0; i < WARM_UP; i++) {
            callAs(user, call);
        }
        List<Double> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < repetitions; i++) {
            long before = System.nanoTime();
            size = callAs(user, call);
            ms.add((System.nanoTime() - before) / 1e6);
        }
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-75s median %6.1f ms, p90 %6.1f ms, max %6.1f ms (%d rows)%n", what,
                percentile(sorted, 50), percentile(sorted, 90), sorted.getLast(), size);
    }

    private PortalUser staffMember(PortalUser admin, StaffRole role) {
        long id = callAs(admin, () -> staffService.create(TestStaff.form("rehsos", role)));
        return TestUsers.staff(id, "rehsos", role);
    }

    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
