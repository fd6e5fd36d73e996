package id.dinsos.portal.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffGrant;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.office.OfficeService;

/**
 * The back office's inbox: a page of cases at a time over {@code casework_case}, filtered and sorted on
 * its stored columns (the deadline and the due-soon instant are stored, so the state at {@code now} is a
 * comparison, not a clock per case). Only the units the signed-in person may read are ever queried
 * ({@link PortalUser#readsCasesOf}); anyone without a case role is refused.
 */
@Service
@Transactional(readOnly = true)
public class CaseInbox {

    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 500;

    private static final String STATE_SQL = """
            CASE WHEN c.completed_at IS NOT NULL THEN COALESCE(c.outcome, 'CLOSED')
                 WHEN c.paused_since IS NOT NULL THEN 'PAUSED'
                 WHEN c.due_at < :now THEN 'OVERDUE'
                 WHEN c.due_soon_at <= :now THEN 'DUE_SOON'
                 ELSE 'ON_TRACK' END""";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AccountDirectory accounts;
    private final OfficeService office;
    private final Clock clock;

    CaseInbox(JdbcClient jdbc, CurrentUser currentUser, AccountDirectory accounts, OfficeService office, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.office = office;
        this.clock = clock;
    }

    /** One page of the cases that match, in the order asked (the deadline, then the id). */
    public List<InboxRow> page(InboxFilter filter, InboxSort sort, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, true, params);
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.clamp(limit, 0, MAX_LIMIT));
        String order = sort == InboxSort.SUBMITTED ? "c.submitted_at, c.id" : "c.due_at, c.id";
        List<Raw> raws = jdbc.sql("SELECT c.id, c.tracking_number, c.service_code, c.status, c.applicant_name, "
                        + "c.holder_role, c.holder_account_id, c.district_code, c.submitted_at, c.due_at, "
                        + "c.paused_since, " + STATE_SQL + " AS state FROM casework_case c WHERE " + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(CaseInbox::raw).list();
        Set<Long> holders = raws.stream().map(Raw::holderAccountId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, String> names = holders.isEmpty() ? Map.of() : accounts.byIds(holders).stream()
                .collect(Collectors.toMap(AccountDirectory.AccountSummary::id,
                        AccountDirectory.AccountSummary::fullName));
        return raws.stream().map(r -> new InboxRow(r.id, r.trackingNumber, r.serviceCode, r.status, r.applicantName,
                r.holderRole, r.holderAccountId == null ? null : names.get(r.holderAccountId), r.districtCode,
                r.submittedAt, r.dueAt, r.state, r.paused)).toList();
    }

    /** How many cases match. */
    public int count(InboxFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, true, params);
        return jdbc.sql("SELECT COUNT(*) FROM casework_case c WHERE " + where).params(params)
                .query(Integer.class).single();
    }

    /**
     * The cases per state for the header: the filter without its state, open cases only unless it
     * includes finished ones (or asks for one); every state present, zero when none.
     */
    public Map<InboxState, Integer> countsByState(InboxFilter filter) {
        Map<String, Object> params = new HashMap<>();
        boolean finished = filter.includeFinished() || filter.state() != null && filter.state().finished();
        String where = where(filter.withState(null).withFinished(finished), true, params);
        Map<InboxState, Integer> counts = new EnumMap<>(InboxState.class);
        for (InboxState s : InboxState.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("SELECT " + STATE_SQL + " AS state, COUNT(*) AS n FROM casework_case c WHERE " + where
                        + " GROUP BY state").params(params)
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    if (!"CLOSED".equals(state)) {
                        counts.put(InboxState.valueOf(state), rs.getInt("n"));
                    }
                    return null;
                }).list();
        return counts;
    }

    private String where(InboxFilter filter, boolean withState, Map<String, Object> params) {
        PortalUser user = currentUser.require();
        CaseScope scope = CaseScope.of(user, StaffRole.UNIT_CASE_ROLES);
        Instant now = clock.instant();
        params.put("now", Timestamp.from(now));
        List<String> and = new ArrayList<>();
        and.add(scope.condition(params));
        if (filter.scope() == InboxScope.MINE) {
            and.add(mine(user, params));
        }
        if (filter.serviceCode() != null) {
            and.add("c.service_code = :service");
            params.put("service", filter.serviceCode());
        }
        if (filter.status() != null) {
            and.add("c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.districtCode() != null) {
            and.add("c.district_code = :district");
            params.put("district", filter.districtCode());
        }
        ZoneId zone = office.profile().hours().zone();
        if (filter.submittedFrom() != null) {
            and.add("c.submitted_at >= :from");
            params.put("from", Timestamp.from(filter.submittedFrom().atStartOfDay(zone).toInstant()));
        }
        if (filter.submittedTo() != null) {
            and.add("c.submitted_at < :to");
            params.put("to", Timestamp.from(filter.submittedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        InboxState state = withState ? filter.state() : null;
        if (state == null) {
            if (!filter.includeFinished()) {
                and.add("c.completed_at IS NULL");
            }
        } else {
            and.add(switch (state) {
                case ON_TRACK -> "c.completed_at IS NULL AND c.paused_since IS NULL AND c.due_soon_at > :now";
                case DUE_SOON -> "c.completed_at IS NULL AND c.paused_since IS NULL AND c.due_soon_at <= :now "
                        + "AND c.due_at >= :now";
                case OVERDUE -> "c.completed_at IS NULL AND c.paused_since IS NULL AND c.due_at < :now";
                case PAUSED -> "c.completed_at IS NULL AND c.paused_since IS NOT NULL";
                case MET -> "c.completed_at IS NOT NULL AND c.outcome = 'MET'";
                case MISSED -> "c.completed_at IS NOT NULL AND c.outcome = 'MISSED'";
            });
        }
        return String.join(" AND ", and);
    }

    /**
     * The person's own cases: held by them, or waiting unassigned in the queue of a role they hold in
     * the case's unit (the secretary's and head of office's queues in any unit).
     */
    private static String mine(PortalUser user, Map<String, Object> params) {
        params.put("me", user.accountId());
        List<String> or = new ArrayList<>();
        or.add("c.holder_account_id = :me");
        int i = 0;
        for (StaffGrant g : user.grants()) {
            if (StaffRole.OFFICE_WIDE_ROLES.contains(g.role())) {
                or.add("c.holder_account_id IS NULL AND c.holder_role = :role" + i);
            } else if (StaffRole.UNIT_CASE_ROLES.contains(g.role())) {
                or.add("c.holder_account_id IS NULL AND c.holder_role = :role" + i + " AND c.unit_code = :unit" + i);
                params.put("unit" + i, g.unitCode());
            } else {
                continue;
            }
            params.put("role" + i, g.role().name());
            i++;
        }
        return "(" + or.stream().map(s -> "(" + s + ")").collect(Collectors.joining(" OR ")) + ")";
    }

    private record Raw(long id, String trackingNumber, String serviceCode, ApplicationStatus status,
                       @Nullable String applicantName, StaffRole holderRole, @Nullable Long holderAccountId,
                       @Nullable String districtCode, Instant submittedAt, Instant dueAt, @Nullable InboxState state,
                       boolean paused) {
    }

    private static Raw raw(ResultSet rs, int n) throws SQLException {
        long holder = rs.getLong("holder_account_id");
        Long holderId = rs.wasNull() ? null : holder;
        String state = rs.getString("state");
        return new Raw(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("service_code"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getString("applicant_name"),
                StaffRole.valueOf(rs.getString("holder_role")), holderId, rs.getString("district_code"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                "CLOSED".equals(state) ? null : InboxState.valueOf(state), rs.getTimestamp("paused_since") != null);
    }
}
