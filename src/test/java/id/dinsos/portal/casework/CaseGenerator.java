package id.dinsos.portal.casework;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.catalogue.TimeLimit;
import id.dinsos.portal.catalogue.TimeLimitUnit;

/**
 * Fills the database with {@code count} realistic submitted applications and their cases, straight
 * through batched JDBC inserts into {@code intake_application} and {@code casework_case} (no events, no
 * documents, no history): for the inbox and dashboard benchmarks and for trying the screens with a
 * year's load. Spread over every service of the catalogue (so over its units), the kecamatan given,
 * submissions over the last 400 days; about 70 % completed (most in time, some late, a few withdrawn),
 * the open ones with deadlines both past and future, some paused waiting for the applicant, held by a
 * unit's queue or by one of the given staff accounts. Deadlines are the service's time limit counted
 * in calendar time (a working day as 1.4 days), not the office calendar: realistic for load, not for
 * exact dates. Deterministic for a seed. Tracking numbers end in {@code G<id>}, so they never clash
 * with real ones.
 * <p>
 * Usage (in a test with the Spring context): {@code CaseGenerator.generate(jdbc, catalogue.services(),
 * districtCodes, holders, 100_000, clock.instant(), 42)}.
 */
public final class CaseGenerator {

    /** How many applications a benchmark generates unless told otherwise. */
    public static final int DEFAULT_COUNT = 100_000;
    private static final int BATCH = 2_000;
    private static final Set<String> REPORTS = Set.of("odgj", "pemulangan-gepeng", "pemulangan-wts", "rujukan",
            "pemulangan-orang-terlantar");
    private static final String[] FIRST = {"Siti", "Ahmad", "Dewi", "Budi", "Nur", "Agus", "Rina", "Eko", "Sri",
            "Dedi", "Wati", "Hendra", "Yuni", "Rudi", "Lestari", "Asep", "Ujang", "Euis", "Neneng", "Iwan"};
    private static final String[] LAST = {"Rahmawati", "Hidayat", "Lestari", "Santoso", "Saputra", "Wijaya",
            "Kurniawan", "Permata", "Suryani", "Setiawan", "Nugraha", "Maulana", "Hasanah", "Fauzi", "Gunawan"};

    private CaseGenerator() {
    }

    /** What was generated: the id range and how many are open. */
    public record Generated(long firstId, long lastId, int open) {
    }

    public static Generated generate(JdbcTemplate jdbc, List<ServiceDefinition> services, List<String> districts,
                                     List<Long> holders, int count, Instant now, long seed) {
        Random random = new Random(seed);
        long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM intake_application", Long.class) + 1;
        List<Object[]> applications = new ArrayList<>(BATCH);
        List<Object[]> cases = new ArrayList<>(BATCH);
        int open = 0;
        for (int i = 0; i < count; i++) {
            long id = first + i;
            ServiceDefinition service = services.get(random.nextInt(services.size()));
            Row row = row(random, service, districts, holders, now);
            if (row.completedAt == null) {
                open++;
            }
            String kind = REPORTS.contains(service.code()) ? "REPORT" : "APPLICATION";
            String channel = random.nextInt(10) < 7 ? "ONLINE" : "COUNTER";
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String tracking = service.trackingPrefix() + "-" + row.submittedAt.atZone(ZoneOffset.UTC).getYear()
                    + "-G" + id;
            Timestamp submitted = Timestamp.from(row.submittedAt);
            Timestamp updated = Timestamp.from(row.completedAt != null ? row.completedAt : row.submittedAt);
            applications.add(new Object[] {id, service.code(), 1, kind, channel, row.status, name, "{}", tracking, 1,
                submitted, submitted, submitted, updated, 0});
            TimeLimit limit = service.timeLimit();
            cases.add(new Object[] {id, tracking, service.code(), service.unit(), kind, channel, row.district, name,
                row.status, row.holderRole, row.holderAccountId, submitted, limit.min(), limit.max(),
                limit.unit().name(), Timestamp.from(row.dueAt), Timestamp.from(row.dueAt),
                Timestamp.from(row.dueSoonAt), ts(row.pausedSince), ts(row.completedAt), row.outcome,
                row.durationMinutes, updated});
            if (applications.size() == BATCH || i == count - 1) {
                flush(jdbc, applications, cases);
            }
        }
        return new Generated(first, first + count - 1, open);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> applications, List<Object[]> cases) {
        jdbc.batchUpdate("INSERT INTO intake_application (id, service_code, service_version, kind, channel, status, "
                + "applicant_name, answers, tracking_number, round_no, declared_at, submitted_at, created_at, updated_at, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", applications);
        jdbc.batchUpdate("INSERT INTO casework_case (id, tracking_number, service_code, unit_code, kind, channel, "
                + "district_code, applicant_name, status, holder_role, holder_account_id, submitted_at, limit_min, "
                + "limit_max, limit_unit, target_at, due_at, due_soon_at, paused_since, completed_at, outcome, "
                + "duration_minutes, escalation_level, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0)",
                cases.stream().map(CaseGenerator::nullTyped).toList());
        applications.clear();
        cases.clear();
    }

    /** Nulls as typed nulls, so the driver does not have to guess a column's type. */
    private static Object[] nullTyped(Object[] values) {
        Object[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = new org.springframework.jdbc.core.SqlParameterValue(Types.NULL, null);
            }
        }
        return out;
    }

    private record Row(String status, String holderRole, @Nullable Long holderAccountId, @Nullable String district,
                       Instant submittedAt, Instant dueAt, Instant dueSoonAt, @Nullable Instant pausedSince,
                       @Nullable Instant completedAt, @Nullable String outcome, @Nullable Long durationMinutes) {
    }

    private static Row row(Random random, ServiceDefinition service, List<String> districts, List<Long> holders,
                           Instant now) {
        Duration limit = limit(service.timeLimit());
        String district = districts.isEmpty() || random.nextInt(20) == 0 ? null
                : districts.get(random.nextInt(districts.size()));
        boolean completed = random.nextInt(100) < 70;
        if (completed) {
            // Submitted over the last 400 days, completed after 20 %..160 % of the time limit; a few withdrawn.
            Instant submitted = now.minus(Duration.ofMinutes(random.nextLong(400L * 24 * 60)));
            Instant due = submitted.plus(limit);
            Instant dueSoon = submitted.plus(limit.multipliedBy(3).dividedBy(4));
            long minutes = (long) (limit.toMinutes() * (0.2 + random.nextDouble() * 1.4));
            Instant done = submitted.plus(Duration.ofMinutes(minutes));
            if (done.isAfter(now)) {
                done = now.minus(Duration.ofMinutes(1 + random.nextInt(60)));
                minutes = Math.max(1, Duration.between(submitted, done).toMinutes());
            }
            if (random.nextInt(30) == 0) {
                return new Row("WITHDRAWN", "VERIFIER", holder(random, holders), district, submitted, due, dueSoon,
                        null, done, "CLOSED", null);
            }
            String outcome = done.isAfter(due) ? "MISSED" : "MET";
            String status = random.nextInt(5) == 0 ? "REJECTED" : random.nextBoolean() ? "COMPLETED" : "LETTER_ISSUED";
            return new Row(status, "HEAD_OF_DIVISION", holder(random, holders), district, submitted, due, dueSoon, null,
                    done, outcome, minutes);
        }
        // Open: submitted within the last 1.5 time limits (at least 10 days), so deadlines lie past and future.
        long window = Math.max(limit.toMinutes() * 3 / 2, 10L * 24 * 60);
        Instant submitted = now.minus(Duration.ofMinutes(random.nextLong(window)));
        Instant due = submitted.plus(limit);
        Instant dueSoon = submitted.plus(limit.multipliedBy(3).dividedBy(4));
        int pick = random.nextInt(100);
        Instant paused = null;
        String status;
        if (pick < 10) {
            status = "NEEDS_REVISION";
            paused = submitted.plus(Duration.ofMinutes(random.nextLong(Math.max(1, Duration.between(submitted, now)
                    .toMinutes()))));
        } else if (pick < 35) {
            status = "SUBMITTED";
        } else if (pick < 85) {
            status = "IN_REVIEW";
        } else if (pick < 93) {
            status = "FIELD_VISIT";
        } else {
            status = "WAITING_EXTERNAL";
            paused = submitted.plus(Duration.ofMinutes(random.nextLong(Math.max(1, Duration.between(submitted, now)
                    .toMinutes()))));
        }
        int holderPick = random.nextInt(10);
        String role;
        Long holder = null;
        if ("SUBMITTED".equals(status) && holderPick < 6) {
            role = "HEAD_OF_DIVISION";
        } else if (holderPick < 2) {
            role = "TEAM_LEAD";
        } else {
            role = "VERIFIER";
            holder = holder(random, holders);
        }
        return new Row(status, role, holder, district, submitted, due, dueSoon, paused, null, null, null);
    }

    private static @Nullable Long holder(Random random, List<Long> holders) {
        return holders.isEmpty() ? null : holders.get(random.nextInt(holders.size()));
    }

    /** The service's time limit (its upper bound) as a duration of calendar time. */
    static Duration limit(TimeLimit limit) {
        BigDecimal max = limit.max();
        double amount = max.doubleValue();
        TimeLimitUnit unit = limit.unit();
        double minutes = switch (unit) {
            case MINUTES -> amount;
            case HOURS -> amount * 60;
            case WORKING_DAYS -> amount * 1.4 * 24 * 60;
            case CALENDAR_DAYS -> amount * 24 * 60;
            case MONTHS -> amount * 30 * 24 * 60;
            case YEARS -> amount * 365 * 24 * 60;
        };
        return Duration.ofMinutes(Math.max(60, (long) minutes));
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
