package id.dinsos.portal.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.office.OfficeService;

/**
 * The supervisors' figures: open cases per unit by state, and per service how the cases completed in a
 * month kept the standard (count, share met, median and 90th-percentile working time). Team leads and
 * heads of division see their units, the secretary and the head of office all; anyone else is refused.
 * Withdrawn cases (outcome CLOSED) are left out.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceReport {


    /** One unit's open cases by state (every open state present). */
    public record UnitLoad(String unitCode, Map<InboxState, Integer> counts) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One service's month: cases completed, how many met the standard, and the working time in minutes. */
    public record ServiceCompliance(String serviceCode, String unitCode, int completed, int met,
                                    long medianMinutes, long p90Minutes) {
        /** The share met, 0..1. */
        public double shareMet() {
            return completed == 0 ? 0 : (double) met / completed;
        }
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final OfficeService office;
    private final MessageSource messages;
    private final Clock clock;

    ComplianceReport(JdbcClient jdbc, CurrentUser currentUser, OfficeService office, MessageSource messages,
                     Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.office = office;
        this.messages = messages;
        this.clock = clock;
    }

    /** Open cases per unit by state at this moment, units in code order. */
    public List<UnitLoad> openByUnit() {
        Map<String, Object> params = new HashMap<>();
        String scope = scope().condition(params);
        params.put("now", Timestamp.from(clock.instant()));
        Map<String, Map<InboxState, Integer>> byUnit = new LinkedHashMap<>();
        jdbc.sql("SELECT c.unit_code, CASE WHEN c.paused_since IS NOT NULL THEN 'PAUSED' "
                        + "WHEN c.due_at < :now THEN 'OVERDUE' WHEN c.due_soon_at <= :now THEN 'DUE_SOON' "
                        + "ELSE 'ON_TRACK' END AS state, COUNT(*) AS n FROM casework_case c "
                        + "WHERE c.completed_at IS NULL AND " + scope + " GROUP BY c.unit_code, state "
                        + "ORDER BY c.unit_code").params(params)
                .query((rs, n) -> {
                    Map<InboxState, Integer> counts = byUnit.computeIfAbsent(rs.getString("unit_code"), u -> {
                        Map<InboxState, Integer> m = new EnumMap<>(InboxState.class);
                        for (InboxState s : List.of(InboxState.ON_TRACK, InboxState.DUE_SOON, InboxState.OVERDUE,
                                InboxState.PAUSED)) {
                            m.put(s, 0);
                        }
                        return m;
                    });
                    counts.put(InboxState.valueOf(rs.getString("state")), rs.getInt("n"));
                    return null;
                }).list();
        return byUnit.entrySet().stream().map(e -> new UnitLoad(e.getKey(), e.getValue())).toList();
    }

    /** Per service (in code order), the cases completed in the month (office zone) with outcome MET or MISSED. */
    public List<ServiceCompliance> month(YearMonth month) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope().condition(params);
        ZoneId zone = office.profile().hours().zone();
        params.put("from", Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()));
        params.put("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
        Map<String, Collector> byService = new LinkedHashMap<>();
        jdbc.sql("SELECT c.service_code, c.unit_code, c.outcome, c.duration_minutes FROM casework_case c "
                        + "WHERE c.completed_at >= :from AND c.completed_at < :to AND c.outcome IN ('MET', 'MISSED') AND "
                        + scope + " ORDER BY c.service_code").params(params)
                .query((rs, n) -> {
                    String unit = rs.getString("unit_code");
                    Collector collector = byService.computeIfAbsent(rs.getString("service_code"),
                            s -> new Collector(unit));
                    collector.add("MET".equals(rs.getString("outcome")), rs.getLong("duration_minutes"));
                    return null;
                }).list();
        return byService.entrySet().stream().map(e -> e.getValue().result(e.getKey())).toList();
    }

    /** The month's table as CSV (UTF-8, comma-separated, header in the person's language). */
    public String csv(YearMonth month, Locale locale) {
        List<ServiceCompliance> rows = month(month);
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", List.of("dashboard.csv.month", "dashboard.csv.unit", "dashboard.csv.service",
                "dashboard.csv.completed", "dashboard.csv.met", "dashboard.csv.shareMet",
                "dashboard.csv.medianHours", "dashboard.csv.p90Hours").stream()
                .map(k -> quote(messages.getMessage(k, null, locale))).toList())).append("\r\n");
        for (ServiceCompliance r : rows) {
            out.append(month).append(',').append(quote(r.unitCode())).append(',').append(quote(r.serviceCode()))
                    .append(',').append(r.completed()).append(',').append(r.met()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", r.shareMet())).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", r.medianMinutes() / 60.0)).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", r.p90Minutes() / 60.0)).append("\r\n");
        }
        return out.toString();
    }

    /** The month that contains this moment in the office's zone. */
    public YearMonth currentMonth() {
        return YearMonth.from(Instant.now(clock).atZone(office.profile().hours().zone()));
    }

    private CaseScope scope() {
        return CaseScope.of(currentUser.require(), CaseworkAccess.SUPERVISING);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /**
     * The nearest-rank percentile (the smallest value with at least {@code p} % of the values at or
     * below it) of values sorted ascending; 0 for none.
     */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.clamp(rank - 1, 0, sorted.size() - 1));
    }

    private static final class Collector {
        private final String unit;
        private final List<Long> minutes = new ArrayList<>();
        private int met;

        Collector(String unit) {
            this.unit = unit;
        }

        void add(boolean wasMet, long duration) {
            minutes.add(duration);
            if (wasMet) {
                met++;
            }
        }

        ServiceCompliance result(String service) {
            List<Long> sorted = minutes.stream().sorted().toList();
            return new ServiceCompliance(service, unit, sorted.size(), met, percentile(sorted, 50),
                    percentile(sorted, 90));
        }
    }
}
