package id.dinsos.portal.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.account.AccountDirectory.StaffHolder;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.intake.ApplicationKind;
import id.dinsos.portal.intake.ApplicationProgress;
import id.dinsos.portal.sla.SlaService;

/**
 * Report-based services (ODGJ, gelandangan, WTS, rujukan, orang terlantar): the team records its
 * outcome (assessed, referred to whom, returned to the family) and the handover record (berita acara
 * serah terima) as data. The unit's verifiers, team leads and heads record; reading follows
 * {@link CaseworkService}. Each record takes the case's version the screen showed.
 */
@Service
public class ReportOutcomeService {

    static final int TEXT_MAX = 2000;
    private static final String SUBJECT = "CASE";

    private final CaseFiles cases;
    private final ReportOutcomes outcomes;
    private final Handovers handovers;
    private final CaseActions actions;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final SlaService sla;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ReportOutcomeService(CaseFiles cases, ReportOutcomes outcomes, Handovers handovers, CaseActions actions,
                         AccountDirectory accounts, CurrentUser currentUser, SlaService sla, AuditLog audit,
                         Clock clock) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.handovers = handovers;
        this.actions = actions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.sla = sla;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the team recorded on the case; {@link ReportRecord#report()} is false for an application. */
    @Transactional(readOnly = true)
    public ReportRecord report(long caseId) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        CaseFile file = CaseworkAccess.readable(cases, user, caseId);
        List<ReportOutcomeRecord> found = outcomes.findByCaseIdOrderById(caseId);
        List<HandoverRecord> handed = handovers.findByCaseIdOrderById(caseId);
        Set<Long> ids = new HashSet<>();
        found.forEach(o -> ids.add(o.recordedBy()));
        handed.forEach(h -> ids.add(h.handedBy()));
        Map<Long, String> names = accounts.byIds(ids).stream().collect(Collectors.toMap(
                AccountDirectory.AccountSummary::id, AccountDirectory.AccountSummary::fullName));
        return new ReportRecord(caseId, file.kind() == ApplicationKind.REPORT,
                found.stream().map(o -> new ReportRecord.Outcome(o.outcome(), o.referredTo(), o.note(),
                        names.getOrDefault(o.recordedBy(), "-"), o.recordedAt())).toList(),
                handed.stream().map(h -> new ReportRecord.HandoverEntry(h.handedOverAt(), h.place(),
                        names.getOrDefault(h.handedBy(), "-"), h.receivedByName(), h.receivedByRelation(),
                        h.receivedByPhone(), h.persons(), h.notes(), h.recordedAt())).toList(),
                mayRecord(user, file), file.version());
    }

    /** The officers of the case's unit who can hand persons over (for the handover form). */
    @Transactional(readOnly = true)
    public List<StaffHolder> officers(long caseId) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        CaseFile file = CaseworkAccess.readable(cases, user, caseId);
        return officersOf(file);
    }

    /**
     * Records the team's outcome of the report; a referral names where to (a panti, the RSJ, ...).
     *
     * @throws CaseChangedException  when the case changed since the screen was loaded
     * @throws CaseRefusedException  for a case that is not a report or not under way, or a referral
     *                               without its destination
     * @throws AccessDeniedException for anyone but the unit's verifiers, team leads and heads
     */
    @Transactional
    public void recordOutcome(long caseId, int expectedVersion, @Nullable ReportOutcome outcome,
                              @Nullable String referredTo, @Nullable String note) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        CaseFile file = writable(user, caseId, expectedVersion);
        if (outcome == null) {
            throw new CaseRefusedException("casework.report.error.outcome-required");
        }
        String to = outcome == ReportOutcome.REFERRED
                ? FieldVisitService.text(referredTo, 300, "casework.report.error.referred-to-required") : null;
        String text = FieldVisitService.optional(note, TEXT_MAX);
        Instant now = clock.instant();
        outcomes.save(new ReportOutcomeRecord(null, caseId, outcome, to, text, user.accountId(), now));
        file.touch(now);
        save(file);
        actions.save(new CaseAction(null, caseId, now, CaseActionType.REPORT_OUTCOME, user.accountId(),
                user.fullName(), null, outcome.name() + (to == null ? "" : ": " + to)));
        audit.record("CASE_REPORT_OUTCOME_RECORDED", SUBJECT, caseId, "outcome=" + outcome);
    }

    /**
     * Records the berita acara serah terima. The officer who handed over must be of the case's unit;
     * the time, place, the receiver's name and relation, and the persons handed over are required.
     *
     * @return the record's id
     */
    @Transactional
    public long recordHandover(long caseId, int expectedVersion, Handover handover) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        CaseFile file = writable(user, caseId, expectedVersion);
        if (handover.handedOverAt() == null) {
            throw new CaseRefusedException("casework.handover.error.when-required");
        }
        StaffHolder officer = officersOf(file).stream().filter(h -> h.accountId() == handover.handedByAccountId())
                .findFirst().orElseThrow(() -> new CaseRefusedException("casework.error.not-in-unit"));
        String place = FieldVisitService.text(handover.place(), 300, "casework.handover.error.place-required");
        String name = FieldVisitService.text(handover.receivedByName(), 200, "casework.handover.error.receiver-required");
        String relation = FieldVisitService.text(handover.receivedByRelation(), 200,
                "casework.handover.error.relation-required");
        String phone = FieldVisitService.optional(handover.receivedByPhone(), 32);
        if (phone != null && !phone.matches("[0-9 +\\-]{6,32}")) {
            throw new CaseRefusedException("casework.handover.error.phone");
        }
        String persons = FieldVisitService.text(handover.persons(), TEXT_MAX, "casework.handover.error.persons-required");
        String notes = FieldVisitService.optional(handover.notes(), TEXT_MAX);
        Instant now = clock.instant();
        Instant at = handover.handedOverAt().atZone(sla.calendar().zone()).toInstant();
        if (at.isAfter(now.plusSeconds(3600))) {
            throw new CaseRefusedException("casework.handover.error.future");
        }
        HandoverRecord saved = handovers.save(new HandoverRecord(null, caseId, at, place, officer.accountId(), name,
                relation, phone, persons, notes, user.accountId(), now));
        file.touch(now);
        save(file);
        actions.save(new CaseAction(null, caseId, now, CaseActionType.HANDOVER_RECORDED, user.accountId(),
                user.fullName(), officer.accountId(), name + " (" + relation + "), " + place));
        audit.record("CASE_HANDOVER_RECORDED", SUBJECT, caseId, "handover=" + saved.id());
        return java.util.Objects.requireNonNull(saved.id());
    }


    /** The report's case, locked, for someone who works it by their role in its unit, while it is under way. */
    private CaseFile writable(PortalUser user, long caseId, int expectedVersion) {
        CaseFile file = CaseworkAccess.writable(cases, user, caseId, expectedVersion);
        if (!mayRecordByRole(user, file)) {
            throw new AccessDeniedException("Only the unit's verifiers, team leads and heads record on a report");
        }
        if (file.kind() != ApplicationKind.REPORT) {
            throw new CaseRefusedException("casework.report.error.not-a-report");
        }
        if (!ApplicationProgress.underWay(file.status())) {
            throw new CaseRefusedException("casework.error.not-under-way");
        }
        return file;
    }

    private static boolean mayRecordByRole(PortalUser user, CaseFile file) {
        return CaseworkAccess.holdsIn(user, file.unitCode(), CaseworkAccess.WORKING);
    }

    private static boolean mayRecord(PortalUser user, CaseFile file) {
        return file.kind() == ApplicationKind.REPORT && ApplicationProgress.underWay(file.status())
                && mayRecordByRole(user, file);
    }

    private List<StaffHolder> officersOf(CaseFile file) {
        return accounts.staffOfUnit(file.unitCode()).stream()
                .filter(h -> h.roles().stream().anyMatch(CaseworkAccess.WORKING::contains)).toList();
    }

    private void save(CaseFile file) {
        try {
            cases.save(file);
        } catch (OptimisticLockingFailureException e) {
            throw new CaseChangedException();
        }
    }
}
