package id.dinsos.portal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.account.AccountDirectory.StaffHolder;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffGrant;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.catalogue.TimeLimit;
import id.dinsos.portal.intake.ApplicationProgress;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.CaseFacts;
import id.dinsos.portal.intake.CorrectionItem;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.sla.SlaClock;
import id.dinsos.portal.sla.SlaState;

/**
 * The back office's work on a case: disposisi, verification per requirement, returning for
 * correction, waiting for outside parties, decisions; and the clock that follows intake's events.
 * Owns the transactions and decides who may do what (docs/access-rules.md): staff of the service's
 * unit by their role there, the secretary and the head of office anywhere; nobody else learns that a
 * case exists. Every change takes the version the screen showed and is refused if the case changed
 * since ({@link CaseChangedException}); every change is in the case history and the audit trail.
 */
@Service
public class CaseworkService {

    private static final Logger log = LoggerFactory.getLogger(CaseworkService.class);
    private static final String SUBJECT = "CASE";
    static final int TEXT_MAX = 1000;

    private final CaseFiles cases;
    private final CasePauses pauses;
    private final CaseActions actions;
    private final RequirementChecks checks;
    private final ExternalWaits outside;
    private final JdbcAggregateTemplate aggregates;
    private final CaseClocks clocks;
    private final CaseworkSettings settings;
    private final CatalogueService catalogue;
    private final ApplicationProgress progress;
    private final ApplicationService applications;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Regions regions;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    CaseworkService(CaseFiles cases, CasePauses pauses, CaseActions actions, RequirementChecks checks,
                    ExternalWaits outside, JdbcAggregateTemplate aggregates, CaseClocks clocks,
                    CaseworkSettings settings, CatalogueService catalogue, ApplicationProgress progress,
                    ApplicationService applications, AccountDirectory accounts, CurrentUser currentUser,
                    Regions regions, AuditLog audit, MessageSource messages, ApplicationEventPublisher events,
                    Clock clock) {
        this.cases = cases;
        this.pauses = pauses;
        this.actions = actions;
        this.checks = checks;
        this.outside = outside;
        this.aggregates = aggregates;
        this.clocks = clocks;
        this.settings = settings;
        this.catalogue = catalogue;
        this.progress = progress;
        this.applications = applications;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- following intake

    /** An application reached the office: its case opens with the head of the unit (or the team) and the clock starts. */
    @Transactional
    void open(long applicationId) {
        if (cases.existsById(applicationId)) {
            return;
        }
        CaseFacts facts = progress.facts(applicationId);
        ServiceDefinition service = service(facts.serviceCode());
        TimeLimit limit = service.timeLimit();
        StaffRole landing = settings.landingRole(service.code());
        Instant now = clock.instant();
        CaseFile file = new CaseFile(applicationId, facts.trackingNumber(), service.code(), service.unit(), facts.kind(),
                facts.channel(), district(facts.regionCode()), facts.applicantName(), facts.status(), landing, null,
                null, facts.submittedAt(), limit.min(), limit.max(), limit.unit(), null, facts.submittedAt(),
                facts.submittedAt(), null, null, null, null, 0, now, null);
        clocks.refresh(file, List.of(), now);
        cases.save(file);
        addAction(file, CaseActionType.OPENED, null, null, null, now);
        log.info("Case {} opened for {} with {}", applicationId, service.code(), landing);
    }

    /** The office returned the application: the clock pauses until the applicant sends it back. */
    @Transactional
    void returned(long applicationId, Instant at) {
        cases.findLockedById(applicationId).ifPresent(file -> {
            pause(file, PauseReason.CORRECTION, null, at);
            file.status(ApplicationStatus.NEEDS_REVISION, at);
            cases.save(file);
        });
    }

    /** The applicant sent the corrected application back: the clock runs again with the time it had left. */
    @Transactional
    void resubmitted(long applicationId, Instant at) {
        cases.findLockedById(applicationId).ifPresent(file -> {
            resume(file, at);
            file.status(ApplicationStatus.SUBMITTED, at);
            cases.save(file);
            addAction(file, CaseActionType.RESUBMITTED, null, null, null, at);
        });
    }

    /** The applicant withdrew: the case closes, out of the compliance figures. */
    @Transactional
    void withdrawn(long applicationId, Instant at) {
        cases.findLockedById(applicationId).ifPresent(file -> {
            List<CasePause> list = pausesOf(file);
            closeOpenPause(list, at);
            file.status(ApplicationStatus.WITHDRAWN, at);
            file.complete(at, CaseOutcome.CLOSED, null);
            cases.save(file);
            addAction(file, CaseActionType.WITHDRAWN, null, null, null, at);
        });
    }

    /** The letter of an approved case was issued (or the case completed): the clock completes. */
    @Transactional
    void letterIssued(long applicationId, ApplicationStatus status, Instant at) {
        cases.findLockedById(applicationId).ifPresent(file -> {
            file.status(status, at);
            if (file.open()) {
                complete(file, at);
                addAction(file, CaseActionType.COMPLETED, null, null, null, at);
            }
            cases.save(file);
        });
    }

    // ---------------------------------------------------------------- reading

    /**
     * The case for its screen.
     *
     * @throws RecordNotFoundException for an unknown case or one the user may not see
     */
    @Transactional(readOnly = true)
    public CaseDetails details(long caseId) {
        PortalUser user = staff();
        CaseFile file = readable(user, caseId);
        List<CasePause> list = pausesOf(file);
        SlaClock slaClock = clocks.clock(file, list);
        Instant now = clock.instant();
        CaseFacts facts = progress.facts(caseId);
        int round = facts.round();
        List<String> requirements = facts.requirementCodes();
        List<CaseDetails.Check> found = latestChecks(caseId, round).stream()
                .map(c -> new CaseDetails.Check(c.requirementCode(), c.verdict(), c.reasonCode(), c.reasonText(),
                        c.checkedAt())).toList();
        List<CaseAction> history = actions.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
        Map<Long, String> names = names(history.stream().map(CaseAction::targetAccountId).filter(Objects::nonNull)
                .collect(Collectors.toSet()), file.holderAccountId());
        CaseDetails.Decision decision = Optional.ofNullable(aggregates.findById(caseId, DecisionRecord.class))
                .map(d -> new CaseDetails.Decision(d.outcome() == DecisionOutcome.APPROVED, d.reasons(),
                        accounts.byId(d.decidedBy()).map(AccountDirectory.AccountSummary::fullName).orElse("-"),
                        d.decidedAt()))
                .orElse(null);
        return new CaseDetails(file.id(), file.trackingNumber(), file.serviceCode(), file.unitCode(), file.kind(),
                file.status(), round, file.holderRole(), file.holderAccountId(),
                file.holderAccountId() == null ? null : names.get(file.holderAccountId()), file.instruction(),
                file.submittedAt(), file.completedAt() == null ? slaClock.targetAt(now).toInstant() : file.targetAt(),
                file.completedAt() == null ? slaClock.dueAt(now).toInstant() : file.dueAt(),
                CaseClocks.state(file, now), file.pausedSince() != null,
                file.completedAt() == null ? slaClock.remaining(now).toMinutes() : 0, file.completedAt(),
                requirements, found, outside.findByCaseIdOrderById(caseId).stream().map(ExternalWait::view).toList(),
                decision,
                history.stream().map(a -> a.entry(a.targetAccountId() == null ? null : names.get(a.targetAccountId())))
                        .toList(),
                allowed(user, file), file.version());
    }

    /** Whom the user may route or reassign this case to: staff of the unit below them (anyone in the unit when reassigning). */
    @Transactional(readOnly = true)
    public List<StaffHolder> routingTargets(long caseId) {
        PortalUser user = staff();
        CaseFile file = readable(user, caseId);
        int rank = rank(user, file.unitCode());
        boolean supervisor = CaseworkAccess.supervises(user, file.unitCode());
        return accounts.staffOfUnit(file.unitCode()).stream()
                .filter(h -> h.accountId() != user.accountId())
                .filter(h -> topRole(h.roles()) != null)
                .filter(h -> supervisor || rank(Objects.requireNonNull(topRole(h.roles()))) < rank)
                .toList();
    }

    // ---------------------------------------------------------------- disposisi

    /**
     * Disposisi: the holder (or anyone above them in the unit) passes the case down the chain with an
     * instruction, to a member of the unit ranked below them.
     *
     * @throws CaseRefusedException when the person is not below the user in the unit's chain
     */
    @Transactional
    public void route(long caseId, int expectedVersion, long toAccountId, String instruction) {
        PortalUser user = staff();
        CaseFile file = writable(user, caseId, expectedVersion);
        int rank = rank(user, file.unitCode());
        boolean holder = holds(user, file) || rank > rank(file.holderRole());
        if (rank == 0 || !holder) {
            throw new AccessDeniedException("Only the holder or someone above them routes a case");
        }
        StaffHolder target = member(file, toAccountId);
        StaffRole role = Objects.requireNonNull(topRole(target.roles()));
        if (rank(role) >= rank) {
            throw new CaseRefusedException("casework.error.route-down");
        }
        String text = required(instruction, "casework.error.instruction-required");
        Instant now = clock.instant();
        file.hold(role, target.accountId(), text, now);
        save(file);
        addAction(file, CaseActionType.ROUTED, user, target.accountId(), text, now);
        audit.record("CASE_ROUTED", SUBJECT, caseId, "to=" + target.accountId());
    }

    /**
     * Reassigns the case to another member of the unit, the reason kept: for team leads and heads of the
     * unit, the secretary and the head of office.
     */
    @Transactional
    public void reassign(long caseId, int expectedVersion, long toAccountId, String reason) {
        PortalUser user = staff();
        CaseFile file = writable(user, caseId, expectedVersion);
        if (!CaseworkAccess.supervises(user, file.unitCode())) {
            throw new AccessDeniedException("Only team leads and heads reassign a case");
        }
        StaffHolder target = member(file, toAccountId);
        String text = required(reason, "casework.error.reason-required");
        Instant now = clock.instant();
        file.hold(Objects.requireNonNull(topRole(target.roles())), target.accountId(), file.instruction(), now);
        save(file);
        addAction(file, CaseActionType.REASSIGNED, user, target.accountId(), text, now);
        audit.record("CASE_REASSIGNED", SUBJECT, caseId, "to=" + target.accountId());
    }

    // ---------------------------------------------------------------- verification

    /**
     * Records the finding on one requirement in the current round: complete, or wanting with a common
     * reason or a written one. The first finding starts the review (status IN_REVIEW).
     */
    @Transactional
    public void check(long caseId, int expectedVersion, String requirementCode, Verdict verdict,
                      @Nullable CommonReason reason, @Nullable String reasonText) {
        PortalUser user = staff();
        CaseFile file = writable(user, caseId, expectedVersion);
        CaseworkAccess.requireHolding(user, file, CaseworkAccess.WORKING);
        requireUnderWay(file);
        CaseFacts facts = progress.facts(caseId);
        if (!facts.requirementCodes().contains(requirementCode)) {
            throw new CaseRefusedException("casework.error.unknown-requirement");
        }
        String text = reasonText == null || reasonText.isBlank() ? null : truncate(reasonText.strip());
        if (verdict == Verdict.WANTING && (reason == null || reason == CommonReason.OTHER && text == null)) {
            throw new CaseRefusedException("casework.error.reason-required");
        }
        Instant now = clock.instant();
        checks.save(new RequirementCheck(null, caseId, facts.round(), requirementCode, verdict,
                verdict == Verdict.WANTING && reason != null ? reason.name() : null,
                verdict == Verdict.WANTING ? text : null, user.accountId(), now));
        startReview(file, now);
        save(file);
        addAction(file, CaseActionType.REQUIREMENT_CHECKED, user, null, requirementCode + ": " + verdict
                + (verdict == Verdict.WANTING && reason != null ? " (" + reason + ")" : ""), now);
    }

    /**
     * Returns the application to the applicant with exactly the requirements found wanting in this
     * round; the clock pauses until the applicant sends it back.
     *
     * @throws CaseRefusedException when nothing was found wanting
     */
    @Transactional
    public void returnWanting(long caseId, int expectedVersion) {
        PortalUser user = staff();
        CaseFile file = writable(user, caseId, expectedVersion);
        CaseworkAccess.requireHolding(user, file, CaseworkAccess.WORKING);
        requireUnderWay(file);
        int round = progress.facts(caseId).round();
        List<CorrectionItem> items = latestChecks(caseId, round).stream().filter(c -> c.verdict() == Verdict.WANTING)
                .map(c -> CorrectionItem.document(c.requirementCode(), reasonForApplicant(c))).toList();
        if (items.isEmpty()) {
            throw new CaseRefusedException("casework.error.nothing-wanting");
        }
        file.touch(clock.instant());
        save(file);
        // Intake records the round and publishes ApplicationReturned; the listener pauses the clock.
        applications.returnForCorrection(caseId, items);
        CaseFile after = cases.findById(caseId).orElseThrow();
        addAction(after, CaseActionType.RETURNED, user, null,
                items.stream().map(CorrectionItem::requirementCode).collect(Collectors.joining(", ")), clock.instant());
    }

    // ---------------------------------------------------------------- outside parties

    /** The case waits for an outside party (the province, DPMPTSP): the clock pauses. */
    @Transactional
    public void awaitOutside(long caseId, int expectedVersion, String party, String awaited) {
        PortalUser user = staff();
        CaseFile file = writable(user, caseId, expectedVersion);
        CaseworkAccess.requireHolding(user, file, CaseworkAccess.WORKING);
        requireUnderWay(file);
        if (file.pausedSince() != null) {
            throw new CaseRefusedException("casework.error.already-waiting");
        }
        String who = required(party, "casework.error.party-required");
        String what = required(awaited, "casework.error.awaited-required");
        Instant now = clock.instant();
        outside.save(new ExternalWait(null, caseId, who, what, now, user.accountId(), null, null, null, null));
        pause(file, PauseReason.EXTERNAL, what, now);
        progress.advance(caseId, ApplicationStatus.WAITING_EXTERNAL, null);
        file.status(ApplicationStatus.WAITING_EXTERNAL, now);
        save(file);
        addAction(file, CaseActionType.WAITING_EXTERNAL, user, null, who + ": " + what, now);
    }

    /** What the outside party sent arrived (for adoption: the decree's number and date): the clock runs again. */
    @Transactional
    public void outsideReceived(long caseId, int expectedVersion, @Nullable String documentNumber,
                                @Nullable LocalDate documentDate, @Nullable String note) {
        PortalUser user = staff();
        CaseFile file = writable(user, caseId, expectedVersion);
        CaseworkAccess.requireHolding(user, file, CaseworkAccess.WORKING);
        ExternalWait wait = outside.findByCaseIdOrderById(caseId).stream().filter(ExternalWait::isOpen)
                .reduce((a, b) -> b).orElseThrow(() -> new CaseRefusedException("casework.error.not-waiting"));
        Instant now = clock.instant();
        wait.received(now, blankToNull(documentNumber), documentDate, blankToNull(note));
        outside.save(wait);
        resume(file, now);
        progress.advance(caseId, ApplicationStatus.IN_REVIEW, null);
        file.status(ApplicationStatus.IN_REVIEW, now);
        save(file);
        addAction(file, CaseActionType.EXTERNAL_RECEIVED, user, null,
                documentNumber == null ? null : documentNumber + (documentDate == null ? "" : " (" + documentDate + ")"),
                now);
    }

    // ---------------------------------------------------------------- decisions

    /**
     * Approves or rejects the case, by the roles the office configures for the service. A rejection
     * needs reasons the applicant can read; it reaches them on their application's page. The decision
     * is published ({@link ApplicationDecided}); an approved case awaits its letter, a rejected one is done.
     */
    @Transactional
    public void decide(long caseId, int expectedVersion, boolean approve, @Nullable String reasons) {
        PortalUser user = staff();
        CaseFile file = writable(user, caseId, expectedVersion);
        Set<StaffRole> deciders = settings.decidersOf(file.serviceCode());
        boolean allowed = user.grants().stream().anyMatch(g -> deciders.contains(g.role())
                && g.unitCode().equals(file.unitCode())) || holdsAnywhere(user, StaffRole.HEAD_OF_OFFICE);
        if (!allowed) {
            throw new AccessDeniedException("Not a decider for this service");
        }
        requireUnderWay(file);
        if (file.pausedSince() != null) {
            throw new CaseRefusedException("casework.error.decide-while-waiting");
        }
        String text = reasons == null || reasons.isBlank() ? null : truncate(reasons.strip());
        if (!approve && text == null) {
            throw new CaseRefusedException("casework.error.reasons-required");
        }
        Instant now = clock.instant();
        aggregates.insert(new DecisionRecord(caseId, approve ? DecisionOutcome.APPROVED : DecisionOutcome.REJECTED,
                text, user.accountId(), now));
        ApplicationStatus next = approve ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
        progress.advance(caseId, next, approve ? null : text);
        file.status(next, now);
        if (!approve) {
            complete(file, now);
        }
        save(file);
        addAction(file, approve ? CaseActionType.APPROVED : CaseActionType.REJECTED, user, null, text, now);
        audit.record(approve ? "CASE_APPROVED" : "CASE_REJECTED", SUBJECT, caseId, null);
        events.publishEvent(new ApplicationDecided(caseId, file.serviceCode(), approve, user.accountId(), now));
    }

    // ---------------------------------------------------------------- expected completion

    /** The deadlines as they stand now of the open cases among these (see intake's ExpectedCompletion). */
    @Transactional(readOnly = true)
    Map<Long, Instant> dueAt(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<CaseFile> open = cases.findByIdIn(ids).stream().filter(CaseFile::open).toList();
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CasePause>> byCase = new HashMap<>();
        pauses.findByCaseIdInOrderByPausedAt(open.stream().map(CaseFile::id).toList())
                .forEach(p -> byCase.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p));
        var calculator = clocks.calculator();
        Instant now = clock.instant();
        Map<Long, Instant> due = new HashMap<>();
        for (CaseFile file : open) {
            due.put(file.id(), clocks.clock(calculator, file, byCase.getOrDefault(file.id(), List.of()))
                    .dueAt(now).toInstant());
        }
        return due;
    }

    // ---------------------------------------------------------------- the clock

    private void pause(CaseFile file, PauseReason reason, @Nullable String awaited, Instant at) {
        List<CasePause> list = new ArrayList<>(pausesOf(file));
        if (!list.isEmpty() && list.getLast().isOpen()) {
            return;
        }
        CasePause pause = pauses.save(new CasePause(null, file.id(), reason, awaited, at, null));
        list.add(pause);
        clocks.refresh(file, list, at);
    }

    private void resume(CaseFile file, Instant at) {
        List<CasePause> list = pausesOf(file);
        closeOpenPause(list, at);
        clocks.refresh(file, list, at);
    }

    private void closeOpenPause(List<CasePause> list, Instant at) {
        if (!list.isEmpty() && list.getLast().isOpen()) {
            CasePause open = list.getLast();
            open.resume(at);
            pauses.save(open);
        }
    }

    private void complete(CaseFile file, Instant at) {
        List<CasePause> list = pausesOf(file);
        closeOpenPause(list, at);
        SlaClock done = clocks.clock(file, list).completed(at);
        CaseOutcome outcome = done.state(at) == SlaState.MET ? CaseOutcome.MET : CaseOutcome.MISSED;
        file.complete(at, outcome, CaseClocks.durationMinutes(file, list, at));
    }

    private void startReview(CaseFile file, Instant now) {
        if (file.status() == ApplicationStatus.SUBMITTED) {
            progress.advance(file.id(), ApplicationStatus.IN_REVIEW, null);
            file.status(ApplicationStatus.IN_REVIEW, now);
        }
    }

    /** The finding that stands for each requirement in a round: the latest (earlier ones are kept). */
    private List<RequirementCheck> latestChecks(long caseId, int round) {
        Map<String, RequirementCheck> latest = new LinkedHashMap<>();
        checks.findByCaseIdOrderById(caseId).stream().filter(c -> c.round() == round)
                .forEach(c -> latest.put(c.requirementCode(), c));
        return List.copyOf(latest.values());
    }

    private List<CasePause> pausesOf(CaseFile file) {
        return new ArrayList<>(pauses.findByCaseIdOrderByPausedAt(file.id()));
    }

    // ---------------------------------------------------------------- access

    private PortalUser staff() {
        return CaseworkAccess.staff(currentUser);
    }

    private CaseFile readable(PortalUser user, long caseId) {
        return CaseworkAccess.readable(cases, user, caseId);
    }

    private CaseFile writable(PortalUser user, long caseId, int expectedVersion) {
        return CaseworkAccess.writable(cases, user, caseId, expectedVersion);
    }

    private static void requireUnderWay(CaseFile file) {
        if (!ApplicationProgress.underWay(file.status())) {
            throw new CaseRefusedException("casework.error.not-under-way");
        }
    }

    private CaseDetails.Allowed allowed(PortalUser user, CaseFile file) {
        boolean underWay = ApplicationProgress.underWay(file.status());
        int rank = rank(user, file.unitCode());
        boolean verifier = CaseworkAccess.holdsIn(user, file.unitCode(), CaseworkAccess.WORKING);
        Set<StaffRole> deciders = settings.decidersOf(file.serviceCode());
        boolean decider = user.grants().stream().anyMatch(g -> deciders.contains(g.role())
                && g.unitCode().equals(file.unitCode())) || holdsAnywhere(user, StaffRole.HEAD_OF_OFFICE);
        return new CaseDetails.Allowed(
                underWay && rank > 1 && (holds(user, file) || rank > rank(file.holderRole())),
                underWay && CaseworkAccess.supervises(user, file.unitCode()),
                underWay && verifier && file.pausedSince() == null,
                underWay && verifier,
                underWay && decider && file.pausedSince() == null);
    }

    /** Whether the user is the holder, or the case waits in the queue of a role the user holds in its unit. */
    private static boolean holds(PortalUser user, CaseFile file) {
        if (file.holderAccountId() != null) {
            return file.holderAccountId() == user.accountId();
        }
        return user.grants().stream().anyMatch(g -> g.role() == file.holderRole()
                && (g.unitCode().equals(file.unitCode()) || StaffRole.OFFICE_WIDE_ROLES.contains(g.role())));
    }

    /** The user's place in the unit's chain: 4 head of office, 3 head of division, 2 team lead, 1 pelaksana. */
    private static int rank(PortalUser user, String unit) {
        int best = 0;
        for (StaffGrant g : user.grants()) {
            if (g.role() == StaffRole.HEAD_OF_OFFICE || g.unitCode().equals(unit)) {
                best = Math.max(best, rank(g.role()));
            }
        }
        return best;
    }

    static int rank(StaffRole role) {
        return switch (role) {
            case HEAD_OF_OFFICE -> 4;
            case HEAD_OF_DIVISION -> 3;
            case TEAM_LEAD -> 2;
            case VERIFIER -> 1;
            default -> 0;
        };
    }

    private static @Nullable StaffRole topRole(Set<StaffRole> roles) {
        return roles.stream().filter(r -> rank(r) > 0).max((a, b) -> Integer.compare(rank(a), rank(b))).orElse(null);
    }

    private static boolean holdsAnywhere(PortalUser user, StaffRole role) {
        return user.grants().stream().anyMatch(g -> g.role() == role);
    }

    private StaffHolder member(CaseFile file, long accountId) {
        return accounts.staffOfUnit(file.unitCode()).stream()
                .filter(h -> h.accountId() == accountId && topRole(h.roles()) != null)
                .findFirst().orElseThrow(() -> new CaseRefusedException("casework.error.not-in-unit"));
    }

    // ---------------------------------------------------------------- helpers

    private void save(CaseFile file) {
        try {
            cases.save(file);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new CaseChangedException();
        }
    }

    private void addAction(CaseFile file, CaseActionType type, @Nullable PortalUser actor, @Nullable Long target,
                           @Nullable String note, Instant at) {
        actions.save(new CaseAction(null, file.id(), at, type, actor == null ? null : actor.accountId(),
                actor == null ? null : actor.fullName(), target, note));
    }

    private Map<Long, String> names(Set<Long> ids, @Nullable Long holder) {
        Set<Long> all = new java.util.HashSet<>(ids);
        if (holder != null) {
            all.add(holder);
        }
        return accounts.byIds(all).stream()
                .collect(Collectors.toMap(AccountDirectory.AccountSummary::id, AccountDirectory.AccountSummary::fullName));
    }

    private String reasonForApplicant(RequirementCheck check) {
        String common = check.reasonCode() == null || CommonReason.OTHER.name().equals(check.reasonCode()) ? null
                : messages.getMessage("casework.reason." + check.reasonCode(), null, Languages.INDONESIAN);
        String text = check.reasonText();
        if (common == null) {
            return Objects.requireNonNullElse(text, "-");
        }
        return text == null ? common : common + ": " + text;
    }

    private @Nullable String district(@Nullable String regionCode) {
        if (regionCode == null) {
            return null;
        }
        Optional<Regions.Region> region = regions.region(regionCode);
        if (region.isPresent() && region.get().isVillage()) {
            return regions.districtOf(regionCode).map(Regions.Region::code).orElse(null);
        }
        return region.map(Regions.Region::code).orElse(null);
    }

    private ServiceDefinition service(String code) {
        return catalogue.service(code).orElseThrow(() -> new RecordNotFoundException("Service"));
    }

    private static String required(@Nullable String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new CaseRefusedException(messageKey);
        }
        return truncate(text.strip());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : truncate(text.strip());
    }

    private static String truncate(String text) {
        return text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
    }
}
