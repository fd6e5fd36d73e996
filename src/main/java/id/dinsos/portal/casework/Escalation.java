package id.dinsos.portal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.account.AccountDirectory.StaffHolder;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.notification.MailOutbox;
import id.dinsos.portal.notification.MailTemplates;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.sla.WorkingCalendar;
import id.dinsos.portal.sla.SlaService;

/**
 * Supervision: the escalation ladder of open, running cases. When a case turns due soon (step 1), its
 * holder (or, while it waits in a role's queue, that role's members in the unit) and the unit's team
 * leads are told; once it is overdue the chain above is told step by step: step 2 the team leads (and
 * the holder), step 3 the head of division a working day later, step 4 the secretary and step 5 the
 * head of office, each a further working day later. A paused case is not escalated.
 * <p>
 * Each case is handled in its own transaction under the case's row lock, and each step is written to
 * {@code casework_escalation} (primary key case and step) with the mails: two nodes running the job at
 * once send a step once. Runs from {@link EscalationSchedule}; the tests call {@link #run()}.
 */
@Service
public class Escalation {

    /** The highest step: the head of office. */
    public static final int TOP = 5;
    private static final Logger log = LoggerFactory.getLogger(Escalation.class);
    private static final int BATCH = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm");

    private final CaseFiles cases;
    private final CaseActions actions;
    private final AccountDirectory accounts;
    private final MailOutbox outbox;
    private final CatalogueService catalogue;
    private final SlaService sla;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Escalation(CaseFiles cases, CaseActions actions, AccountDirectory accounts, MailOutbox outbox,
               CatalogueService catalogue, SlaService sla, AuditLog audit, JdbcClient jdbc,
               PlatformTransactionManager transactionManager, Clock clock,
               @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.cases = cases;
        this.actions = actions;
        this.accounts = accounts;
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.sla = sla;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Sends the steps due now for every open, running case whose clock passed its due-soon or due
     * instant. A failure on one case is logged and leaves the others going.
     *
     * @return the number of steps notified
     */
    public int run() {
        Instant now = clock.instant();
        List<Long> candidates = jdbc.sql("""
                SELECT id FROM casework_case
                WHERE completed_at IS NULL AND paused_since IS NULL
                  AND ((escalation_level < 1 AND due_soon_at <= :now) OR (escalation_level < :top AND due_at <= :now))
                ORDER BY due_at LIMIT :batch""")
                .param("now", java.sql.Timestamp.from(now)).param("top", TOP).param("batch", BATCH)
                .query(Long.class).list();
        WorkingCalendar calendar = sla.calendar();
        int sent = 0;
        for (long id : candidates) {
            try {
                sent += Objects.requireNonNullElse(transactions.execute(status -> escalate(id, calendar, now)), 0);
            } catch (RuntimeException e) {
                log.warn("Escalation of case {} failed; tried again on the next run", id, e);
            }
        }
        if (sent > 0) {
            log.info("Escalation: {} step(s) notified", sent);
        }
        return sent;
    }

    /** The step a running case has reached at {@code now}: 0 on track, 1 due soon, 2–5 overdue. */
    static int levelAt(CaseFile file, WorkingCalendar calendar, Instant now) {
        if (now.isBefore(file.dueSoonAt())) {
            return 0;
        }
        if (now.isBefore(file.dueAt())) {
            return 1;
        }
        ZonedDateTime due = file.dueAt().atZone(calendar.zone());
        int level = 2;
        for (int days = 1; days <= TOP - 2; days++) {
            if (now.isBefore(calendar.addWorkingDays(due, days).toInstant())) {
                break;
            }
            level++;
        }
        return level;
    }

    private int escalate(long id, WorkingCalendar calendar, Instant now) {
        CaseFile file = cases.findLockedById(id).orElse(null);
        if (file == null || !file.open() || file.pausedSince() != null) {
            return 0;
        }
        int reached = levelAt(file, calendar, now);
        int from = file.escalationLevel();
        if (reached <= from) {
            return 0;
        }
        int sent = 0;
        for (int level = from + 1; level <= reached; level++) {
            if (level == 1 && reached > 1) {
                continue; // already overdue: the due-soon notice is no news any more
            }
            int inserted = jdbc.sql("""
                    INSERT IGNORE INTO casework_escalation (case_id, level, sent_at, recipients)
                    VALUES (:id, :level, :at, 0)""")
                    .param("id", id).param("level", level).param("at", java.sql.Timestamp.from(now)).update();
            if (inserted == 0) {
                continue; // sent by another node
            }
            List<StaffHolder> recipients = recipients(file, level);
            notify(file, level, recipients, calendar);
            jdbc.sql("UPDATE casework_escalation SET recipients = :n WHERE case_id = :id AND level = :level")
                    .param("n", recipients.size()).param("id", id).param("level", level).update();
            actions.save(new CaseAction(null, id, now, CaseActionType.ESCALATED, null, null, null,
                    level + ": " + String.join(", ", recipients.stream().map(StaffHolder::fullName).toList())));
            audit.record("CASE_ESCALATED", "CASE", id, "level=" + level + ", recipients=" + recipients.size());
            sent++;
        }
        // Not through the aggregate: a reminder must not bump the case's version and refuse the save of a
        // member of staff who loaded the case a moment earlier. The row is locked; should such a save write
        // the old level back, casework_escalation still keeps every step to one sending.
        jdbc.sql("UPDATE casework_case SET escalation_level = :level WHERE id = :id AND escalation_level < :level")
                .param("level", reached).param("id", id).update();
        return sent;
    }

    /** Who is told at a step, each person once. */
    List<StaffHolder> recipients(CaseFile file, int level) {
        Map<Long, StaffHolder> people = new LinkedHashMap<>();
        List<StaffHolder> unit = accounts.staffOfUnit(file.unitCode());
        switch (level) {
            case 1, 2 -> {
                holders(file, unit).forEach(h -> people.putIfAbsent(h.accountId(), h));
                withRole(unit, StaffRole.TEAM_LEAD).forEach(h -> people.putIfAbsent(h.accountId(), h));
            }
            case 3 -> withRole(unit, StaffRole.HEAD_OF_DIVISION).forEach(h -> people.putIfAbsent(h.accountId(), h));
            case 4 -> accounts.holdersOf(StaffRole.SECRETARY).forEach(h -> people.putIfAbsent(h.accountId(), h));
            default -> accounts.holdersOf(StaffRole.HEAD_OF_OFFICE).forEach(h -> people.putIfAbsent(h.accountId(), h));
        }
        return new ArrayList<>(people.values());
    }

    private static List<StaffHolder> holders(CaseFile file, List<StaffHolder> unit) {
        Long holder = file.holderAccountId();
        if (holder != null) {
            return unit.stream().filter(h -> h.accountId() == holder).toList();
        }
        return withRole(unit, file.holderRole());
    }

    private static List<StaffHolder> withRole(List<StaffHolder> unit, StaffRole role) {
        return unit.stream().filter(h -> h.roles().contains(role)).toList();
    }

    private void notify(CaseFile file, int level, List<StaffHolder> recipients, WorkingCalendar calendar) {
        Locale locale = Languages.INDONESIAN;
        String serviceName = catalogue.service(file.serviceCode()).map(s -> s.name().in(locale))
                .orElse(file.serviceCode());
        String holderName = holderName(file);
        for (StaffHolder person : recipients) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", person.fullName());
            model.put("serviceName", serviceName);
            model.put("trackingNumber", file.trackingNumber());
            model.put("dueAt", DATE.withLocale(locale).format(file.dueAt().atZone(calendar.zone())));
            model.put("holderName", holderName);
            model.put("link", baseUrl + "/kasus/" + file.id());
            outbox.enqueue(person.email(), level == 1 ? MailTemplates.CASE_DUE_SOON : MailTemplates.CASE_OVERDUE,
                    locale, model);
        }
        if (recipients.isEmpty()) {
            log.warn("Escalation step {} of case {}: nobody to tell in unit {}", level, file.id(), file.unitCode());
        }
    }

    private String holderName(CaseFile file) {
        @Nullable Long holder = file.holderAccountId();
        if (holder != null) {
            return accounts.byId(holder).map(AccountDirectory.AccountSummary::fullName).orElse("-");
        }
        return file.holderRole().name() + " " + file.unitCode();
    }
}
