package id.dinsos.portal.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.audit.ActorKind;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.shared.RecordNotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The back office's hold on an application: the facts it copies into a case, and the status steps
 * after submission (review, visit, waiting, decision, letter, completion). For the casework and
 * letter modules only, inside their own transactions: they decide who may act (access is checked
 * there, in the service that owns the case); this class keeps the application's states consistent,
 * writes the applicant's timeline and publishes {@link ApplicationStatusChanged}.
 */
@Service
public class ApplicationProgress {

    private static final Set<ApplicationStatus> UNDER_WAY = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW, ApplicationStatus.FIELD_VISIT, ApplicationStatus.WAITING_EXTERNAL);
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            ApplicationStatus.SUBMITTED, EnumSet.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.FIELD_VISIT,
                    ApplicationStatus.WAITING_EXTERNAL, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED),
            ApplicationStatus.IN_REVIEW, EnumSet.of(ApplicationStatus.FIELD_VISIT, ApplicationStatus.WAITING_EXTERNAL,
                    ApplicationStatus.APPROVED, ApplicationStatus.REJECTED),
            ApplicationStatus.FIELD_VISIT, EnumSet.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.WAITING_EXTERNAL,
                    ApplicationStatus.APPROVED, ApplicationStatus.REJECTED),
            ApplicationStatus.WAITING_EXTERNAL, EnumSet.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.FIELD_VISIT,
                    ApplicationStatus.APPROVED, ApplicationStatus.REJECTED),
            ApplicationStatus.APPROVED, EnumSet.of(ApplicationStatus.LETTER_ISSUED, ApplicationStatus.COMPLETED),
            ApplicationStatus.LETTER_ISSUED, EnumSet.of(ApplicationStatus.COMPLETED));

    private final Applications applications;
    private final TimelineEvents timeline;
    private final CatalogueService catalogue;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ApplicationProgress(Applications applications, TimelineEvents timeline, CatalogueService catalogue,
                        AccountDirectory accounts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.timeline = timeline;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a case needs to know of a submitted application. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public CaseFacts facts(long applicationId) {
        Application a = applications.findById(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        if (a.trackingNumber() == null || a.submittedAt() == null) {
            throw new IllegalStateException("application " + applicationId + " is not submitted");
        }
        ServiceDefinition service = catalogue.service(a.serviceCode())
                .orElseThrow(() -> new RecordNotFoundException("Service"));
        Map<String, Object> answers = json.readValue(a.answers(),
                new TypeReference<LinkedHashMap<String, Object>>() { });
        List<String> requirements = service.requirementsFor(a.variant()).stream()
                .filter(Requirement::isDocument).map(Requirement::code).toList();
        return new CaseFacts(a.id(), a.serviceCode(), a.kind(), a.channel(), a.status(),
                Objects.requireNonNull(a.trackingNumber()), a.applicantName(), a.ownerAccountId(), a.applicantEmail(),
                a.round(), Objects.requireNonNull(a.submittedAt()), region(a, service, answers), requirements, answers);
    }

    /**
     * Moves the application on after submission, with a line on the applicant's timeline; {@code note}
     * is shown to the applicant (a rejection's reasons), never on the public tracking page.
     *
     * @throws ApplicationStateException when the step does not follow from where it stands
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void advance(long applicationId, ApplicationStatus to, @Nullable String note) {
        Application a = applications.findLockedById(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        ApplicationStatus from = a.status();
        if (from == to) {
            return;
        }
        if (!NEXT.getOrDefault(from, Set.of()).contains(to)) {
            throw new ApplicationStateException("intake.error.status-step");
        }
        Instant now = clock.instant();
        a.advance(to, now);
        applications.save(a);
        timeline.save(new TimelineEvent(null, a.id(), now, TimelineType.STATUS_CHANGED, to, a.round(), ActorKind.STAFF,
                note));
        audit.record("APPLICATION_STATUS_CHANGED", "APPLICATION", a.id(), from + " -> " + to);
        events.publishEvent(new ApplicationStatusChanged(a.id(), a.serviceCode(), from, to, now));
    }

    /** Whether the application is still being worked on: submitted and not yet decided. */
    public static boolean underWay(ApplicationStatus status) {
        return UNDER_WAY.contains(status);
    }

    private @Nullable String region(Application a, ServiceDefinition service, Map<String, Object> answers) {
        for (FormField field : service.fieldsFor(a.variant())) {
            if (field.type() == FormField.FieldType.REGION && answers.get(field.code()) instanceof String code
                    && !code.isBlank()) {
                return code;
            }
        }
        Long person = a.ownerAccountId() != null ? a.ownerAccountId() : a.enteredBy();
        return person == null ? null : accounts.regionCode(person).orElse(null);
    }
}
