package id.dinsos.portal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import id.dinsos.portal.intake.ApplicationProgress;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.sla.SlaService;

/**
 * Field visits (home visit for alat bantu, site visit of a new LKS, bansos review, adoption home
 * visit): the unit's verifiers, team leads and heads schedule one and assign an officer of the unit;
 * the officer (or a supervisor of the unit) records the finding, a short report and photos. While a
 * visit is scheduled the application stands at "field visit"; once none is left it is back in review.
 * Reading follows {@link CaseworkService}: staff of the case's unit, the secretary and the head of
 * office; everyone else gets "not found". Every step is in the case history and the audit trail.
 */
@Service
public class FieldVisitService {

    static final int PURPOSE_MAX = 1000;
    static final int REPORT_MAX = 4000;
    /** The most photos one visit keeps. */
    public static final int MAX_PHOTOS = 10;
    private static final String SUBJECT = "CASE";

    private final CaseFiles cases;
    private final FieldVisits visits;
    private final VisitPhotos photos;
    private final CaseActions actions;
    private final ApplicationProgress progress;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final FileStore files;
    private final SlaService sla;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    FieldVisitService(CaseFiles cases, FieldVisits visits, VisitPhotos photos, CaseActions actions,
                      ApplicationProgress progress, AccountDirectory accounts, CurrentUser currentUser, FileStore files,
                      SlaService sla, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.visits = visits;
        this.photos = photos;
        this.actions = actions;
        this.progress = progress;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.files = files;
        this.sla = sla;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's visits, earliest first, with their photos. */
    @Transactional(readOnly = true)
    public List<VisitInfo> visits(long caseId) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        CaseFile file = CaseworkAccess.readable(cases, user, caseId);
        List<FieldVisit> list = visits.findByCaseIdOrderByScheduledForAscIdAsc(caseId);
        Map<Long, List<VisitInfo.Photo>> byVisit = photos.findByVisitIdInOrderById(
                        list.stream().map(FieldVisit::id).toList().isEmpty() ? List.of(-1L)
                                : list.stream().map(FieldVisit::id).toList()).stream()
                .collect(Collectors.groupingBy(VisitPhoto::visitId, Collectors.mapping(
                        p -> new VisitInfo.Photo(p.id(), p.originalName(), p.size(), p.fileType()), Collectors.toList())));
        Map<Long, String> names = names(list.stream().map(FieldVisit::officerAccountId).collect(Collectors.toSet()));
        return list.stream().map(v -> new VisitInfo(v.id(), v.caseId(), v.scheduledFor(), v.officerAccountId(),
                names.getOrDefault(v.officerAccountId(), "-"), v.purpose(), v.status(), v.finding(), v.report(),
                v.recordedAt(), byVisit.getOrDefault(v.id(), List.of()),
                v.status() == VisitStatus.SCHEDULED && mayRecord(user, file, v), v.version())).toList();
    }

    /** Whom a visit of this case can be assigned to: the unit's verifiers, team leads and heads. */
    @Transactional(readOnly = true)
    public List<StaffHolder> officers(long caseId) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        CaseFile file = CaseworkAccess.readable(cases, user, caseId);
        return officersOf(file);
    }

    /**
     * Schedules a visit and assigns it to an officer of the unit; the application stands at "field visit".
     *
     * @param expectedVersion the case's version the screen showed ({@link CaseDetails#version()})
     * @param when            the date and time of the visit, in the office's time zone
     * @return the visit's id
     * @throws CaseChangedException  when the case changed since the screen was loaded
     * @throws CaseRefusedException  for an officer outside the unit, a missing purpose or date, or a case
     *                               that is not under way or waits for someone
     * @throws AccessDeniedException for anyone but the unit's verifiers, team leads and heads
     */
    @Transactional
    public long schedule(long caseId, int expectedVersion, long officerAccountId, @Nullable LocalDateTime when,
                         @Nullable String purpose) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        CaseFile file = CaseworkAccess.writable(cases, user, caseId, expectedVersion);
        if (!CaseworkAccess.holdsIn(user, file.unitCode(), CaseworkAccess.WORKING)) {
            throw new AccessDeniedException("Only the unit's verifiers, team leads and heads schedule a visit");
        }
        if (!ApplicationProgress.underWay(file.status())) {
            throw new CaseRefusedException("casework.error.not-under-way");
        }
        if (file.pausedSince() != null) {
            throw new CaseRefusedException("casework.visit.error.waiting");
        }
        StaffHolder officer = officersOf(file).stream().filter(h -> h.accountId() == officerAccountId).findFirst()
                .orElseThrow(() -> new CaseRefusedException("casework.error.not-in-unit"));
        if (when == null) {
            throw new CaseRefusedException("casework.visit.error.when-required");
        }
        String text = text(purpose, PURPOSE_MAX, "casework.visit.error.purpose-required");
        Instant now = clock.instant();
        Instant at = when.atZone(sla.calendar().zone()).toInstant();
        FieldVisit visit = visits.save(FieldVisit.schedule(caseId, at, officer.accountId(), text, user.accountId(), now));
        progress.advance(caseId, ApplicationStatus.FIELD_VISIT, null);
        file.status(ApplicationStatus.FIELD_VISIT, now);
        saveCase(file);
        actions.save(new CaseAction(null, caseId, now, CaseActionType.VISIT_SCHEDULED, user.accountId(),
                user.fullName(), officer.accountId(), when.withNano(0) + " " + text));
        audit.record("CASE_VISIT_SCHEDULED", SUBJECT, caseId, "visit=" + visit.id() + ", officer=" + officer.accountId());
        return visit.id();
    }

    /**
     * Records the result of a scheduled visit: the finding, a short report and photos (JPEG or PNG,
     * already stored by the upload through the {@link FileStore}, which judged them by content). When no
     * other visit of the case is left scheduled, the application is back in review.
     *
     * @param expectedVersion the visit's version the screen showed ({@link VisitInfo#version()})
     * @throws CaseChangedException  when the visit was recorded or changed since
     * @throws CaseRefusedException  without a finding or report, for a visit no longer scheduled, for a
     *                               photo that is not an image, or more than {@value #MAX_PHOTOS} photos
     * @throws AccessDeniedException for anyone but the assigned officer and the unit's supervisors
     */
    @Transactional
    public void record(long visitId, int expectedVersion, @Nullable VisitFinding finding, @Nullable String report,
                       Collection<StoredFile> photoFiles) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        FieldVisit visit = visits.findLockedById(visitId).orElseThrow(() -> new RecordNotFoundException("Visit"));
        CaseFile file = cases.findLockedById(visit.caseId()).orElseThrow(() -> new RecordNotFoundException("Case"));
        CaseworkAccess.requireReadable(user, file);
        if (!mayRecord(user, file, visit)) {
            throw new AccessDeniedException("Only the assigned officer or a supervisor records a visit");
        }
        if (visit.version() != expectedVersion) {
            throw new CaseChangedException();
        }
        if (visit.status() != VisitStatus.SCHEDULED) {
            throw new CaseRefusedException("casework.visit.error.not-scheduled");
        }
        if (finding == null) {
            throw new CaseRefusedException("casework.visit.error.finding-required");
        }
        String text = text(report, REPORT_MAX, "casework.visit.error.report-required");
        if (photoFiles.size() > MAX_PHOTOS) {
            throw new CaseRefusedException("casework.visit.error.too-many-photos", MAX_PHOTOS);
        }
        if (photoFiles.stream().anyMatch(p -> !p.type().isImage())) {
            throw new CaseRefusedException("casework.visit.error.photo-type");
        }
        Instant now = clock.instant();
        visit.record(finding, text, user.accountId(), now);
        saveVisit(visit);
        for (StoredFile photo : photoFiles) {
            photos.save(VisitPhoto.of(visitId, file.id(), photo, user.accountId(), now));
        }
        backToReview(file, visitId, now);
        actions.save(new CaseAction(null, file.id(), now, CaseActionType.VISIT_RECORDED, user.accountId(),
                user.fullName(), visit.officerAccountId(), finding.name() + ": " + shorten(text)));
        audit.record("CASE_VISIT_RECORDED", SUBJECT, file.id(), "visit=" + visitId + ", finding=" + finding
                + ", photos=" + photoFiles.size());
    }

    /**
     * Cancels a scheduled visit with a reason (by whoever may schedule one); with no other visit left
     * scheduled the application is back in review.
     */
    @Transactional
    public void cancel(long visitId, int expectedVersion, @Nullable String reason) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        FieldVisit visit = visits.findLockedById(visitId).orElseThrow(() -> new RecordNotFoundException("Visit"));
        CaseFile file = cases.findLockedById(visit.caseId()).orElseThrow(() -> new RecordNotFoundException("Case"));
        CaseworkAccess.requireReadable(user, file);
        if (!CaseworkAccess.holdsIn(user, file.unitCode(), CaseworkAccess.WORKING)) {
            throw new AccessDeniedException("Only the unit's verifiers, team leads and heads cancel a visit");
        }
        if (visit.version() != expectedVersion) {
            throw new CaseChangedException();
        }
        if (visit.status() != VisitStatus.SCHEDULED) {
            throw new CaseRefusedException("casework.visit.error.not-scheduled");
        }
        String text = text(reason, PURPOSE_MAX, "casework.error.reason-required");
        Instant now = clock.instant();
        visit.cancel(text, user.accountId(), now);
        saveVisit(visit);
        backToReview(file, visitId, now);
        actions.save(new CaseAction(null, file.id(), now, CaseActionType.VISIT_CANCELLED, user.accountId(),
                user.fullName(), visit.officerAccountId(), shorten(text)));
        audit.record("CASE_VISIT_CANCELLED", SUBJECT, file.id(), "visit=" + visitId);
    }

    /**
     * Opens a visit photo for someone entitled to its case; each opening is audited.
     *
     * @throws RecordNotFoundException for an unknown photo or one of a case the person may not see
     */
    @Transactional
    public PhotoDownload photo(long photoId) {
        PortalUser user = CaseworkAccess.staff(currentUser);
        VisitPhoto photo = photos.findById(photoId).orElseThrow(() -> new RecordNotFoundException("Photo"));
        CaseFile file = cases.findById(photo.caseId()).orElseThrow(() -> new RecordNotFoundException("Photo"));
        if (!user.readsCasesOf(file.unitCode())) {
            throw new RecordNotFoundException("Photo");
        }
        audit.record("CASE_VISIT_PHOTO_OPENED", SUBJECT, file.id(), "photo=" + photoId);
        return new PhotoDownload(photo.originalName(), photo.fileType().mediaType(), photo.size(),
                files.open(photo.storageKey()));
    }

    // ---------------------------------------------------------------- helpers

    private void backToReview(CaseFile file, long visitId, Instant now) {
        boolean othersScheduled = visits.findByCaseIdOrderByScheduledForAscIdAsc(file.id()).stream()
                .anyMatch(v -> v.id() != visitId && v.status() == VisitStatus.SCHEDULED);
        if (!othersScheduled && file.status() == ApplicationStatus.FIELD_VISIT) {
            progress.advance(file.id(), ApplicationStatus.IN_REVIEW, null);
            file.status(ApplicationStatus.IN_REVIEW, now);
        } else {
            file.touch(now);
        }
        saveCase(file);
    }

    private static boolean mayRecord(PortalUser user, CaseFile file, FieldVisit visit) {
        return visit.officerAccountId() == user.accountId()
                || CaseworkAccess.holdsIn(user, file.unitCode(), CaseworkAccess.SUPERVISING);
    }

    private List<StaffHolder> officersOf(CaseFile file) {
        return accounts.staffOfUnit(file.unitCode()).stream()
                .filter(h -> h.roles().stream().anyMatch(CaseworkAccess.WORKING::contains)).toList();
    }

    private Map<Long, String> names(Set<Long> ids) {
        return accounts.byIds(new HashSet<>(ids)).stream().collect(Collectors.toMap(
                AccountDirectory.AccountSummary::id, AccountDirectory.AccountSummary::fullName));
    }

    private void saveCase(CaseFile file) {
        try {
            cases.save(file);
        } catch (OptimisticLockingFailureException e) {
            throw new CaseChangedException();
        }
    }

    private void saveVisit(FieldVisit visit) {
        try {
            visits.save(visit);
        } catch (OptimisticLockingFailureException e) {
            throw new CaseChangedException();
        }
    }

    static String text(@Nullable String text, int max, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new CaseRefusedException(messageKey);
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    static @Nullable String optional(@Nullable String text, int max) {
        return text == null || text.isBlank() ? null : text(text, max, "-");
    }

    private static String shorten(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : Objects.requireNonNull(text);
    }
}
