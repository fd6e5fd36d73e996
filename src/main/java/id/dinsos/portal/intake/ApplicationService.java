package id.dinsos.portal.intake;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.account.AccountKind;
import id.dinsos.portal.account.ApiClientPrincipal;
import id.dinsos.portal.account.ApiScopes;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.audit.ActorKind;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.Channel;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.notification.MailAddresses;
import id.dinsos.portal.notification.MailOutbox;
import id.dinsos.portal.notification.MailTemplates;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.organisation.OrganisationDocumentService;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.organisation.ReusableDocument;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.DetectedType;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.shared.storage.UploadChecker;
import id.dinsos.portal.shared.storage.UploadPolicy;
import id.dinsos.portal.shared.storage.UploadRejectedException;
import id.dinsos.portal.shared.identity.IdentityValidation;
import id.dinsos.portal.shared.identity.Nik;
import id.dinsos.portal.shared.identity.PhoneNumber;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications and reports from the first draft to submission, correction rounds and withdrawal.
 * Every method checks who is asking (docs/access-rules.md, "intake"):
 * <ul>
 * <li>a citizen reaches the applications they own, and those of organisations they belong to;</li>
 * <li>a partner system reaches the applications it sent, for the services its scopes name;</li>
 * <li>front-office staff reach what they entered at the counter; staff of the service's unit, and the
 * secretary and head of office, read the unit's submitted applications (each reading audited);
 * an administrator by that role reaches none;</li>
 * <li>anyone else gets {@link RecordNotFoundException}, as for an id that does not exist.</li>
 * </ul>
 */
@Service
public class ApplicationService {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);
    private static final String APPLICATION = "Application";
    private static final String AUDIT_SUBJECT = "APPLICATION";
    static final int REASON_MAX = 1000;
    private static final Set<StaffRole> RETURNING_ROLES = Set.of(StaffRole.VERIFIER, StaffRole.TEAM_LEAD,
            StaffRole.HEAD_OF_DIVISION);

    private final Applications applications;
    private final ApplicationDocuments documents;
    private final TimelineEvents timeline;
    private final Corrections corrections;
    private final TrackingNumbers trackingNumbers;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;
    private final OrganisationDocumentService libraryDocuments;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final FileStore files;
    private final UploadChecker uploadLimits;
    private final AuditLog audit;
    private final MailOutbox outbox;
    private final ApplicationEventPublisher events;
    private final Regions regions;
    private final OfficeService office;
    private final Clock clock;
    private final String baseUrl;
    private final Set<String> socialWorkerServices;
    private final JsonMapper json = JsonMapper.builder().build();
    // Resolved when first used: the back office implements it and itself depends on this service.
    private final ObjectProvider<ExpectedCompletion> expectedCompletion;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ApplicationService(Applications applications, ApplicationDocuments documents, TimelineEvents timeline,
                       Corrections corrections, TrackingNumbers trackingNumbers, CatalogueService catalogue,
                       OrganisationService organisations, OrganisationDocumentService libraryDocuments,
                       AccountDirectory accounts, CurrentUser currentUser,
                       FileStore files, UploadPolicy uploadPolicy, AuditLog audit, MailOutbox outbox,
                       ApplicationEventPublisher events, Regions regions, OfficeService office, Clock clock,
                       @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
                       @Value("${portal.intake.social-worker-services:bansos-ppks}") List<String> socialWorkerServices,
                       ObjectProvider<ExpectedCompletion> expectedCompletion) {
        this.expectedCompletion = expectedCompletion;
        this.socialWorkerServices = Set.copyOf(socialWorkerServices);
        this.applications = applications;
        this.documents = documents;
        this.timeline = timeline;
        this.corrections = corrections;
        this.trackingNumbers = trackingNumbers;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.libraryDocuments = libraryDocuments;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.files = files;
        this.uploadLimits = new UploadChecker(uploadPolicy);
        this.audit = audit;
        this.outbox = outbox;
        this.events = events;
        this.regions = regions;
        this.office = office;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    // ---------------------------------------------------------------- starting a draft

    /**
     * A signed-in citizen starts an application (or a report) on the portal: for themself, for a
     * family member ({@code beneficiary}), or for an organisation they belong to. The applicant's
     * name, NIK, phone and e-mail come from the account.
     *
     * @return the new draft's id
     * @throws RecordNotFoundException for an unknown service, or an organisation the citizen is not a member of
     * @throws ApplicationStateException when the service takes no applications on the portal
     * @throws FormRejectedException     for a malformed beneficiary or variant
     */
    @Transactional
    public long startDraft(String serviceCode, @Nullable String variant, @Nullable Long organisationId,
                           @Nullable Beneficiary beneficiary) {
        PortalUser user = currentUser.require();
        if (user.kind() != AccountKind.CITIZEN) {
            throw new AccessDeniedException("Staff enter applications at the counter");
        }
        ServiceDefinition service = service(serviceCode);
        if (organisationId != null) {
            organisations.roleOf(organisationId); // not a member: "not found"
        }
        var me = accounts.citizen(user.accountId()).orElseThrow(() -> new AccessDeniedException("not a citizen"));
        Applicant applicant = new Applicant(me.fullName(), me.nik(), me.phone(), me.email());
        Beneficiary checked = checkedBeneficiary(beneficiary, "beneficiary");
        return createDraft(service, variant, IntakeChannel.ONLINE,
                new Application.Parties(user.accountId(), organisationId, null, null, applicant, checked), Map.of());
    }

    /**
     * Front-office staff start an application for a walk-in person at the counter; a social worker
     * (PSM/TKSK) for a resident of their kecamatan, for the services open to social workers
     * ({@code portal.intake.social-worker-services}). When the person has a citizen account (found by
     * NIK), the application appears in it too.
     *
     * @throws AccessDeniedException for staff without either role, or a social worker and a service not open to them
     * @throws FormRejectedException for a malformed NIK, phone or e-mail, a missing name, or (for a
     *                               social worker) a person whose NIK is not of their kecamatan
     */
    @Transactional
    public long startCounterDraft(String serviceCode, @Nullable String variant, Applicant applicant,
                                  @Nullable Beneficiary beneficiary) {
        PortalUser user = currentUser.require();
        boolean frontOffice = holds(user, StaffRole.FRONT_OFFICE);
        boolean socialWorker = holds(user, StaffRole.SOCIAL_WORKER);
        if (!frontOffice && !socialWorker) {
            throw new AccessDeniedException("Only front-office staff and social workers enter applications for others");
        }
        ServiceDefinition service = service(serviceCode);
        IntakeChannel channel = IntakeChannel.COUNTER;
        if (!frontOffice) {
            if (!socialWorkerServices.contains(service.code())) {
                throw new AccessDeniedException("Social workers do not apply for " + service.code());
            }
            channel = IntakeChannel.SOCIAL_WORKER;
        }
        Applicant checked = checkedApplicant(applicant, true);
        Beneficiary checkedBeneficiary = checkedBeneficiary(beneficiary, "beneficiary");
        if (channel == IntakeChannel.SOCIAL_WORKER) {
            requireResident(user, checked, checkedBeneficiary);
        }
        Long owner = checked.nik() == null ? null
                : accounts.citizenByNik(checked.nik()).map(AccountDirectory.CitizenIdentity::accountId).orElse(null);
        return createDraft(service, variant, channel,
                new Application.Parties(owner, null, null, user.accountId(), checked, checkedBeneficiary), Map.of());
    }

    /** The services a social worker (PSM/TKSK) may apply for ({@code portal.intake.social-worker-services}). */
    public Set<String> socialWorkerServices() {
        return socialWorkerServices;
    }

    /**
     * What the office already knows about a person, to pre-fill a counter application: from their
     * citizen account, else from their latest application. For front-office staff, and for social
     * workers within their kecamatan; every lookup is audited (it reads personal data).
     *
     * @param nik 16 digits (spaces and dots ignored)
     * @return empty when nothing is known, or the NIK is malformed
     * @throws AccessDeniedException for anyone else
     */
    @Transactional
    public Optional<KnownPerson> lookUpByNik(String nik) {
        PortalUser user = currentUser.require();
        boolean frontOffice = holds(user, StaffRole.FRONT_OFFICE);
        boolean socialWorker = holds(user, StaffRole.SOCIAL_WORKER);
        if (!frontOffice && !socialWorker) {
            throw new AccessDeniedException("Only front-office staff and social workers look people up");
        }
        var check = IdentityValidation.checkNik(nik, today());
        if (!check.isValid()) {
            return Optional.empty();
        }
        String digits = Objects.requireNonNull(check.value()).value();
        if (!frontOffice && !digits.startsWith(user.districtCode().orElse("-").replace(".", ""))) {
            return Optional.empty();
        }
        audit.record("PERSON_LOOKED_UP", "NIK", Objects.requireNonNull(check.value()).masked(), null);
        var account = accounts.citizenByNik(digits);
        if (account.isPresent()) {
            var a = account.get();
            return Optional.of(new KnownPerson(a.fullName(), a.phone(), a.email(), true));
        }
        return applications.findFirstByApplicantNikOrderByUpdatedAtDesc(digits)
                .map(a -> new KnownPerson(Objects.requireNonNullElse(a.applicantName(), ""), a.applicantPhone(),
                        a.applicantEmail(), false));
    }

    /** A person known to the office, to pre-fill a counter application. Personal data: never log it. */
    public record KnownPerson(String name, @Nullable String phone, @Nullable String email, boolean hasAccount) {
        @Override
        public String toString() {
            return "KnownPerson[hasAccount=" + hasAccount + "]";
        }
    }

    /**
     * A social worker applies for residents of their kecamatan: the NIK of the person the
     * application is for (the beneficiary, else the applicant) must carry its code (digits 1–6 of a
     * NIK are province, regency and kecamatan).
     */
    private static void requireResident(PortalUser user, Applicant applicant, @Nullable Beneficiary beneficiary) {
        String district = user.districtCode().orElseThrow(
                () -> new AccessDeniedException("A social worker without a kecamatan applies for nobody"));
        String field = beneficiary != null && beneficiary.nik() != null ? "beneficiary.nik" : "applicant.nik";
        String nik = beneficiary != null && beneficiary.nik() != null ? beneficiary.nik() : applicant.nik();
        if (nik == null) {
            throw new FormRejectedException(List.of(new FieldProblem(field, "validation.nik.empty")));
        }
        if (!nik.startsWith(district.replace(".", ""))) {
            throw new FormRejectedException(List.of(new FieldProblem(field, "intake.error.not-a-resident")));
        }
    }

    /**
     * A partner system starts an application through the API. The draft may be incomplete; its
     * answers are checked for form, not for completeness.
     *
     * @throws AccessDeniedException when the client's scopes do not cover this service
     * @throws FormRejectedException with every malformed value (field codes as the API names them:
     *                               {@code applicant.nik}, {@code answers.tanggal-kejadian}, ...)
     */
    @Transactional
    public long startApiDraft(String serviceCode, @Nullable String variant, Applicant applicant,
                              @Nullable Beneficiary beneficiary, Map<String, ?> answers) {
        ApiClientPrincipal client = currentUser.apiClient()
                .orElseThrow(() -> new AccessDeniedException("Only a partner system uses this"));
        ServiceDefinition service = service(serviceCode);
        if (!ApiScopes.maySubmit(client.scopes(), service.code())) {
            throw new AccessDeniedException("This client may not submit " + service.code());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Applicant checked = null;
        Beneficiary checkedBeneficiary = null;
        try {
            checked = checkedApplicant(applicant, false);
        } catch (FormRejectedException e) {
            problems.addAll(e.problems());
        }
        try {
            checkedBeneficiary = checkedBeneficiary(beneficiary, "beneficiary");
        } catch (FormRejectedException e) {
            problems.addAll(e.problems());
        }
        Answers.Result result = normalise(service, variant, answers);
        result.problems().forEach(p -> problems.add(new FieldProblem("answers." + p.field(), p.messageKey(), p.args())));
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        return createDraft(service, variant, IntakeChannel.API, new Application.Parties(null, null, client.clientId(),
                null, Objects.requireNonNull(checked), checkedBeneficiary), result.values());
    }

    private long createDraft(ServiceDefinition service, @Nullable String variant, IntakeChannel channel,
                             Application.Parties parties, Map<String, Object> answers) {
        checkVariant(service, variant);
        Instant now = clock.instant();
        ApplicationKind kind = service.channel() == Channel.REPORT ? ApplicationKind.REPORT : ApplicationKind.APPLICATION;
        Application draft = applications.save(Application.draft(service.code(), catalogue.versionCount(service.code()),
                variant, kind, channel, parties, toJson(answers), now));
        addEvent(draft, TimelineType.CREATED, null, now);
        audit.record("APPLICATION_CREATED", AUDIT_SUBJECT, draft.id(), "service=" + service.code() + ", channel=" + channel);
        log.info("Application {} for {} started through {}", draft.id(), service.code(), channel);
        return draft.id();
    }

    // ---------------------------------------------------------------- reading

    /**
     * One application, for those entitled to it. A staff member's reading is audited (personal data).
     *
     * @throws RecordNotFoundException when it does not exist or the caller may not see it
     */
    @Transactional
    public ApplicationDetails details(long id) {
        Application application = readable(id);
        auditStaffReading(application, "APPLICATION_VIEWED", null);
        return details(application);
    }

    /** The signed-in citizen's applications, their own and their organisations', newest first. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine() {
        PortalUser user = currentUser.require();
        Map<Long, Application> all = new LinkedHashMap<>();
        applications.findByOwnerAccountIdOrderByUpdatedAtDesc(user.accountId()).forEach(a -> all.put(a.id(), a));
        if (user.kind() == AccountKind.CITIZEN) {
            for (var organisation : organisations.myOrganisations()) {
                applications.findByOrganisationIdOrderByUpdatedAtDesc(organisation.id()).forEach(a -> all.put(a.id(), a));
            }
        }
        List<Application> sorted = all.values().stream()
                .sorted(Comparator.comparing(Application::updatedAt).reversed())
                .toList();
        Map<Long, Instant> due = expectedCompletion.getObject().dueAt(sorted.stream()
                .filter(a -> a.status().submitted()).map(Application::id).toList());
        return sorted.stream().map(a -> summary(a, due.get(a.id()))).toList();
    }

    /**
     * A file of an application, for those entitled to the application; the caller closes the stream.
     * Staff reading it is audited.
     *
     * @throws RecordNotFoundException when the application or the file does not exist, or the caller
     *                                 may not see them
     */
    @Transactional
    public OpenedDocument openDocument(long id, long documentId) {
        Application application = readable(id);
        ApplicationDocument document = documents.findById(documentId)
                .filter(d -> d.applicationId() == application.id())
                .orElseThrow(() -> new RecordNotFoundException("Document"));
        auditStaffReading(application, "APPLICATION_DOCUMENT_VIEWED", "document=" + documentId);
        return new OpenedDocument(document.info(), document.mediaType(), files.open(document.storageKey()));
    }

    /** A file's metadata and its bytes (to close). */
    public record OpenedDocument(DocumentInfo info, DetectedType type, InputStream content) {
    }

    // ---------------------------------------------------------------- changing a draft

    /**
     * Saves the answers of a draft (or, in a correction round, of the returned fields), and the
     * variant. Required answers may still be missing; malformed ones are refused, every one at once.
     *
     * @param expectedVersion the {@link ApplicationDetails#version()} the person started from
     * @throws OptimisticLockingFailureException when someone else saved it meanwhile: reload
     * @throws FormRejectedException             with each malformed answer, by field code
     * @throws ApplicationStateException         when the application is no longer a draft
     */
    @Transactional
    public ApplicationDetails saveAnswers(long id, @Nullable String variant, Map<String, ?> answers,
                                          int expectedVersion) {
        Application application = editable(id);
        if (application.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Application " + id + " was changed by someone else");
        }
        ServiceDefinition service = service(application.serviceCode());
        String newVariant = application.status() == ApplicationStatus.DRAFT ? variant : application.variant();
        checkVariant(service, newVariant);
        Answers.Result result = normalise(service, newVariant, answers);
        if (!result.problems().isEmpty()) {
            throw new FormRejectedException(result.problems());
        }
        Map<String, Object> values = result.values();
        if (application.status() == ApplicationStatus.NEEDS_REVISION) {
            values = mergeReturnedFields(application, values);
        }
        application.setAnswers(newVariant, toJson(values), clock.instant());
        Application saved = applications.save(application);
        audit.record("APPLICATION_ANSWERS_SAVED", AUDIT_SUBJECT, id, "fields=" + values.keySet().size());
        return details(saved);
    }

    /**
     * Changes who the application is for (a draft only). On the portal the applicant is the account
     * holder and only the beneficiary changes; at the counter and through the API both may.
     */
    @Transactional
    public ApplicationDetails savePeople(long id, @Nullable Applicant applicant, @Nullable Beneficiary beneficiary) {
        Application application = editable(id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new ApplicationStateException("intake.error.not-a-draft");
        }
        Applicant newApplicant = application.channel() == IntakeChannel.ONLINE || applicant == null
                ? new Applicant(application.applicantName(), application.applicantNik(), application.applicantPhone(),
                        application.applicantEmail())
                : checkedApplicant(applicant, application.channel() == IntakeChannel.COUNTER);
        application.setPeople(newApplicant, checkedBeneficiary(beneficiary, "beneficiary"));
        application.touch(clock.instant());
        Application saved = applications.save(application);
        audit.record("APPLICATION_PEOPLE_SAVED", AUDIT_SUBJECT, id, null);
        return details(saved);
    }

    /**
     * Records a stored file for one requirement. In a correction round only the returned
     * requirements take files; the first new file of the round supersedes the earlier ones.
     * If this refuses the file, the caller deletes it from the store again.
     *
     * @throws UploadRejectedException   when the application's files would pass the total limit
     * @throws RecordNotFoundException   for an application the caller may not change
     * @throws ApplicationStateException when the application takes no file (submitted, or not returned)
     * @throws FormRejectedException     for a requirement the service (variant) has no document for
     */
    @Transactional
    public DocumentInfo attach(long id, String requirementCode, StoredFile file) {
        return attach(id, requirementCode, file, null);
    }

    DocumentInfo attach(long id, String requirementCode, StoredFile file, @Nullable Long sourceDocumentId) {
        Application application = applications.findLockedById(id).orElseThrow(this::notFound);
        requireWriter(application);
        requireEditableState(application);
        ServiceDefinition service = service(application.serviceCode());
        Requirement requirement = service.requirementsFor(application.variant()).stream()
                .filter(r -> r.code().equals(requirementCode) && r.isDocument()).findFirst()
                .orElseThrow(() -> new FormRejectedException(List.of(
                        new FieldProblem("requirement", "intake.error.unknown-requirement", requirementCode))));
        Instant now = clock.instant();
        if (application.status() == ApplicationStatus.NEEDS_REVISION) {
            if (!returnedRequirements(application).contains(requirement.code())) {
                throw new ApplicationStateException("intake.error.requirement-not-returned");
            }
            // The first new file of the round replaces the earlier rounds' files; they stay for the staff.
            documents.findByApplicationIdOrderById(id).stream().filter(d -> d.requirementCode().equals(requirement.code()) && d.current()
                    && d.round() < application.round()).forEach(d -> {
                        d.supersede(now);
                        documents.save(d);
                    });
        }
        uploadLimits.checkTotal(documents.storedBytes(id), file.size());
        ApplicationDocument saved = documents.save(ApplicationDocument.of(id, requirement.code(), application.round(),
                file, sourceDocumentId, now));
        application.touch(now);
        applications.save(application);
        audit.record("APPLICATION_DOCUMENT_ADDED", AUDIT_SUBJECT, id,
                "requirement=" + requirement.code() + ", document=" + saved.id() + ", sha256=" + file.sha256());
        return saved.info();
    }

    /**
     * Uses a document of the organisation's library for one requirement of an application made for
     * that organisation: one click instead of a new upload. The bytes are copied into a file of the
     * application's own (the library may remove its document later; the application's evidence
     * stays), with the same SHA-256, and the copy remembers where it came from.
     *
     * @throws RecordNotFoundException   for an application the caller may not change, or a library
     *                                   document of another organisation, removed or unknown
     * @throws ApplicationStateException for an application not made for an organisation
     */
    @Transactional
    public DocumentInfo attachFromLibrary(long id, String requirementCode, long libraryDocumentId) {
        Application application = applications.findById(id).orElseThrow(this::notFound);
        requireWriter(application);
        requireEditableState(application);
        if (application.organisationId() == null) {
            throw new ApplicationStateException("intake.error.no-organisation");
        }
        ReusableDocument source = libraryDocuments.reusable(application.organisationId(), libraryDocumentId);
        StoredFile copy;
        try (InputStream in = files.open(source.file().key())) {
            copy = files.store(in, source.file().originalName(), documents.storedBytes(id));
        } catch (java.io.IOException | java.io.UncheckedIOException removedMeanwhile) {
            throw new RecordNotFoundException("Document");
        }
        try {
            return attach(id, requirementCode, copy, libraryDocumentId);
        } catch (RuntimeException refused) {
            files.delete(copy.key());
            throw refused;
        }
    }

    /** The bytes an application's files take, for the upload's check against the total limit. */
    @Transactional(readOnly = true)
    public long storedBytes(long id) {
        readable(id);
        return documents.storedBytes(id);
    }

    /**
     * Removes a file added in the current round (a draft's file, or a new file of a correction
     * round); earlier rounds' files are never removed.
     */
    @Transactional
    public void removeDocument(long id, long documentId) {
        Application application = editable(id);
        ApplicationDocument document = documents.findById(documentId)
                .filter(d -> d.applicationId() == id && d.current())
                .orElseThrow(() -> new RecordNotFoundException("Document"));
        if (document.round() != application.round()) {
            throw new ApplicationStateException("intake.error.earlier-round");
        }
        documents.delete(document);
        application.touch(clock.instant());
        applications.save(application);
        audit.record("APPLICATION_DOCUMENT_REMOVED", AUDIT_SUBJECT, id, "document=" + documentId);
        // After the commit nobody refers to the file any more; a failed delete leaves only an orphan.
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        try {
                            files.delete(document.storageKey());
                        } catch (RuntimeException e) {
                            log.warn("Could not delete file {} of application {}", document.storageKey(), id, e);
                        }
                    }
                });
    }

    // ---------------------------------------------------------------- submission

    /** What is still missing before the application can be submitted (or resubmitted). */
    @Transactional(readOnly = true)
    public Review review(long id) {
        return review(readable(id));
    }

    /**
     * Submits a complete draft: the applicant declares the documents true, the application gets its
     * tracking number, the office's clock starts ({@link ApplicationSubmitted}), and the applicant
     * gets the number by e-mail.
     *
     * @param declared the applicant's declaration that the documents and answers are true
     * @return the tracking number
     * @throws ApplicationIncompleteException with what is missing; nothing is changed
     * @throws ApplicationStateException      when it is not a draft any more, or without the declaration
     */
    @Transactional
    public String submit(long id, boolean declared) {
        Application application = applications.findLockedById(id).orElseThrow(this::notFound);
        requireWriter(application);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new ApplicationStateException("intake.error.already-submitted");
        }
        if (!declared) {
            throw new ApplicationStateException("intake.error.declaration-required");
        }
        Review review = review(application);
        if (!review.complete()) {
            throw new ApplicationIncompleteException(review);
        }
        ServiceDefinition service = service(application.serviceCode());
        Instant now = clock.instant();
        // Last: the counter's row lock is held only until this transaction commits.
        String number = trackingNumbers.next(service.trackingPrefix());
        application.submit(number, now);
        applications.save(application);
        addEvent(application, TimelineType.SUBMITTED, null, now);
        audit.record("APPLICATION_SUBMITTED", AUDIT_SUBJECT, id, "trackingNumber=" + number);
        sendReceiptMail(application, service, now);
        events.publishEvent(new ApplicationSubmitted(id, service.code(), number, now));
        log.info("Application {} submitted as {}", id, number);
        return number;
    }

    /**
     * Sends a returned application back to the office after correcting what was asked.
     *
     * @throws ApplicationIncompleteException naming the returned requirements without a new file
     */
    @Transactional
    public void resubmit(long id, boolean declared) {
        Application application = applications.findLockedById(id).orElseThrow(this::notFound);
        requireWriter(application);
        if (application.status() != ApplicationStatus.NEEDS_REVISION) {
            throw new ApplicationStateException("intake.error.not-returned");
        }
        if (!declared) {
            throw new ApplicationStateException("intake.error.declaration-required");
        }
        Review review = review(application);
        if (!review.complete()) {
            throw new ApplicationIncompleteException(review);
        }
        Instant now = clock.instant();
        application.resubmit(now);
        applications.save(application);
        addEvent(application, TimelineType.RESUBMITTED, null, now);
        audit.record("APPLICATION_RESUBMITTED", AUDIT_SUBJECT, id, "round=" + application.round());
        events.publishEvent(new ApplicationResubmitted(id, application.round(), now));
    }

    /**
     * The applicant withdraws the application before a decision, saying why.
     *
     * @throws FormRejectedException     without a reason (or one too long)
     * @throws ApplicationStateException once it is decided
     */
    @Transactional
    public void withdraw(long id, String reason) {
        Application application = applications.findLockedById(id).orElseThrow(this::notFound);
        requireWriter(application);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new FormRejectedException(List.of(new FieldProblem("reason", text.isEmpty()
                    ? "intake.error.reason-required" : "intake.error.reason-too-long", REASON_MAX)));
        }
        if (!application.status().withdrawable()) {
            throw new ApplicationStateException("intake.error.not-withdrawable");
        }
        Instant now = clock.instant();
        application.withdraw(text, now);
        applications.save(application);
        addEvent(application, TimelineType.WITHDRAWN, text, now);
        audit.record("APPLICATION_WITHDRAWN", AUDIT_SUBJECT, id, null);
        events.publishEvent(new ApplicationWithdrawn(id, now));
    }

    /**
     * The office returns an application for correction (perbaikan): which requirements (files to
     * replace) and fields (answers to change), and why. For verifiers, team leads and heads of the
     * service's unit. The back office's screens call this; it is here because the round belongs to
     * the application.
     *
     * @throws AccessDeniedException     for anyone else
     * @throws FormRejectedException     for no items, or a code the service does not have
     * @throws ApplicationStateException when the application is not under review
     */
    @Transactional
    public void returnForCorrection(long id, List<CorrectionItem> items) {
        PortalUser user = currentUser.require();
        Application application = applications.findLockedById(id).orElseThrow(this::notFound);
        ServiceDefinition service = service(application.serviceCode());
        boolean allowed = user.grants().stream()
                .anyMatch(g -> RETURNING_ROLES.contains(g.role()) && g.unitCode().equals(service.unit()));
        if (!allowed) {
            if (!mayRead(application)) {
                throw notFound();
            }
            throw new AccessDeniedException("Only the unit's verifiers and heads return an application");
        }
        if (!application.status().returnable()) {
            throw new ApplicationStateException("intake.error.not-returnable");
        }
        Set<String> requirementCodes = service.requirementsFor(application.variant()).stream()
                .filter(Requirement::isDocument).map(Requirement::code).collect(Collectors.toSet());
        Set<String> fieldCodes = service.fieldsFor(application.variant()).stream().map(FormField::code)
                .collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add(new FieldProblem("items", "intake.error.corrections-required"));
        }
        for (CorrectionItem item : items) {
            if (item.requirementCode() != null && !requirementCodes.contains(item.requirementCode())) {
                problems.add(new FieldProblem("requirement", "intake.error.unknown-requirement", item.requirementCode()));
            }
            if (item.fieldCode() != null && !fieldCodes.contains(item.fieldCode())) {
                problems.add(new FieldProblem("field", "intake.error.unknown-field", item.fieldCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        Instant now = clock.instant();
        application.returnForCorrection(now);
        applications.save(application);
        for (CorrectionItem item : items) {
            corrections.save(new Correction(null, id, application.round(), item.requirementCode(), item.fieldCode(),
                    truncate(item.reason().strip(), REASON_MAX), now, user.accountId()));
        }
        addEvent(application, TimelineType.RETURNED_FOR_CORRECTION, null, now);
        audit.record("APPLICATION_RETURNED", AUDIT_SUBJECT, id, "round=" + application.round() + ", items=" + items.size());
        events.publishEvent(new ApplicationReturned(id, application.round(), now));
    }

    // ---------------------------------------------------------------- access

    private Application readable(long id) {
        Application application = applications.findById(id).orElseThrow(this::notFound);
        if (!mayRead(application)) {
            throw notFound();
        }
        return application;
    }

    private Application editable(long id) {
        Application application = applications.findById(id).orElseThrow(this::notFound);
        requireWriter(application);
        requireEditableState(application);
        return application;
    }

    private void requireEditableState(Application application) {
        if (!application.editable()) {
            throw new ApplicationStateException("intake.error.not-editable");
        }
    }

    /** Those who act for the applicant: the owner, the organisation's members, the client or clerk who entered it. */
    private void requireWriter(Application application) {
        if (!mayWrite(application)) {
            throw notFound();
        }
    }

    private boolean mayWrite(Application application) {
        Optional<ApiClientPrincipal> client = currentUser.apiClient();
        if (client.isPresent()) {
            return Objects.equals(application.apiClientId(), client.get().clientId());
        }
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty()) {
            return false;
        }
        PortalUser person = user.get();
        if (person.kind() == AccountKind.CITIZEN) {
            return Objects.equals(application.ownerAccountId(), person.accountId())
                    || application.organisationId() != null && isMember(application.organisationId());
        }
        return (application.channel() == IntakeChannel.COUNTER || application.channel() == IntakeChannel.SOCIAL_WORKER)
                && Objects.equals(application.enteredBy(), person.accountId());
    }

    private boolean mayRead(Application application) {
        if (mayWrite(application)) {
            return true;
        }
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty() || user.get().kind() != AccountKind.STAFF || application.status() == ApplicationStatus.DRAFT) {
            return false;
        }
        return user.get().readsCasesOf(service(application.serviceCode()).unit());
    }

    private static boolean holds(PortalUser user, StaffRole role) {
        return user.grants().stream().anyMatch(g -> g.role() == role);
    }

    private boolean isMember(long organisationId) {
        try {
            organisations.roleOf(organisationId);
            return true;
        } catch (RecordNotFoundException notAMember) {
            return false;
        }
    }

    private void auditStaffReading(Application application, String action, @Nullable String detail) {
        Optional<PortalUser> user = currentUser.get();
        if (user.isPresent() && user.get().kind() == AccountKind.STAFF) {
            audit.record(action, AUDIT_SUBJECT, application.id(), detail);
        }
    }

    private RecordNotFoundException notFound() {
        return new RecordNotFoundException(APPLICATION);
    }

    // ---------------------------------------------------------------- helpers

    private ServiceDefinition service(String code) {
        return catalogue.service(code).orElseThrow(() -> new RecordNotFoundException("Service"));
    }

    private static void checkVariant(ServiceDefinition service, @Nullable String variant) {
        boolean known = variant == null || service.variants().stream().anyMatch(v -> v.code().equals(variant));
        if (!known) {
            throw new FormRejectedException(List.of(new FieldProblem("variant", "intake.error.unknown-variant", variant)));
        }
    }

    private Answers.Result normalise(ServiceDefinition service, @Nullable String variant, Map<String, ?> answers) {
        return Answers.normalise(answers, service.fieldsFor(variant), today(), code -> regions.region(code).isPresent());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(office.profile().hours().zone()));
    }

    /** In a correction round only the returned fields change; the others keep their submitted answers. */
    private Map<String, Object> mergeReturnedFields(Application application, Map<String, Object> given) {
        Set<String> returned = returnedFields(application);
        Map<String, Object> merged = new LinkedHashMap<>(answers(application));
        for (String code : returned) {
            if (given.containsKey(code)) {
                merged.put(code, given.get(code));
            } else {
                merged.remove(code);
            }
        }
        return merged;
    }

    private Set<String> returnedRequirements(Application application) {
        return openCorrections(application).stream().map(Correction::requirementCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private Set<String> returnedFields(Application application) {
        return openCorrections(application).stream().map(Correction::fieldCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The items of the application's current round. */
    private List<Correction> openCorrections(Application application) {
        return corrections.findByApplicationIdOrderById(application.id()).stream()
                .filter(c -> c.round() == application.round()).toList();
    }

    private Review review(Application application) {
        ServiceDefinition service = service(application.serviceCode());
        List<ApplicationDocument> files = documents.findByApplicationIdOrderById(application.id());
        Map<String, Object> answers = answers(application);
        if (application.status() == ApplicationStatus.NEEDS_REVISION) {
            // Each returned requirement needs a file of this round; returned fields need an answer.
            List<Correction> open = openCorrections(application);
            List<String> missing = open.stream().map(Correction::requirementCode).filter(Objects::nonNull)
                    .distinct().sorted()
                    .filter(code -> files.stream().noneMatch(d -> d.requirementCode().equals(code)
                            && d.round() == application.round()))
                    .toList();
            Set<String> returnedFields = open.stream().map(Correction::fieldCode).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            List<String> fields = Answers.missing(answers, service.fieldsFor(application.variant())).stream()
                    .filter(returnedFields::contains).toList();
            return new Review(missing, fields, List.of());
        }
        List<String> missingRequirements = application.kind() == ApplicationKind.REPORT ? List.of()
                // A report does not ask the reporter for the office's own papers (Satpol PP's minutes ...).
                : service.requirementsFor(application.variant()).stream()
                        .filter(r -> r.isDocument() && r.isMandatory())
                        .map(Requirement::code)
                        .filter(code -> files.stream().noneMatch(d -> d.current() && d.requirementCode().equals(code)))
                        .toList();
        List<String> missingFields = new ArrayList<>();
        if (!service.variants().isEmpty() && application.variant() == null) {
            missingFields.add("variant");
        }
        missingFields.addAll(Answers.missing(answers, service.fieldsFor(application.variant())));
        List<String> people = new ArrayList<>();
        if (isBlank(application.applicantName())) {
            people.add("applicant.name");
        }
        if (application.kind() == ApplicationKind.APPLICATION && isBlank(application.applicantNik())) {
            people.add("applicant.nik");
        }
        if (isBlank(application.applicantPhone()) && isBlank(application.applicantEmail())) {
            people.add("applicant.phone");
        }
        return new Review(missingRequirements, missingFields, people);
    }

    private Applicant checkedApplicant(Applicant applicant, boolean nameRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = strip(applicant.name());
        if (name == null && nameRequired) {
            problems.add(new FieldProblem("applicant.name", "intake.error.name-required"));
        } else if (name != null && name.length() > 200) {
            problems.add(new FieldProblem("applicant.name", "intake.error.name-too-long"));
        }
        String nik = checked(applicant.nik(), IdentityValidation.checkNik(applicant.nik(), today()), Nik::value,
                "applicant.nik", problems);
        String phone = checked(applicant.phone(), IdentityValidation.checkPhone(applicant.phone()), PhoneNumber::e164,
                "applicant.phone", problems);
        String email = strip(applicant.email());
        if (email != null && !MailAddresses.isValid(email)) {
            problems.add(new FieldProblem("applicant.email", "intake.answer.not-an-email"));
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        return new Applicant(name, nik, phone, email == null ? null : email.toLowerCase(Locale.ROOT));
    }

    /** An optional identity number: null when not given, its normal form when valid, else a problem noted. */
    private static <T> @Nullable String checked(@Nullable String input, IdentityValidation.Check<T> check,
                                                java.util.function.Function<T, String> normal, String field,
                                                List<FieldProblem> problems) {
        if (strip(input) == null) {
            return null;
        }
        if (check.isValid()) {
            return normal.apply(Objects.requireNonNull(check.value()));
        }
        problems.add(new FieldProblem(field, Objects.requireNonNull(check.messageKey()), check.messageArgs()));
        return null;
    }

    private @Nullable Beneficiary checkedBeneficiary(@Nullable Beneficiary beneficiary, String prefix) {
        if (beneficiary == null || strip(beneficiary.name()) == null && strip(beneficiary.nik()) == null) {
            return null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = strip(beneficiary.name());
        if (name == null) {
            problems.add(new FieldProblem(prefix + ".name", "intake.error.name-required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem(prefix + ".name", "intake.error.name-too-long"));
        }
        String nik = checked(beneficiary.nik(), IdentityValidation.checkNik(beneficiary.nik(), today()), Nik::value,
                prefix + ".nik", problems);
        String relation = strip(beneficiary.relation());
        if (relation != null && !Beneficiary.RELATIONS.contains(relation)) {
            problems.add(new FieldProblem(prefix + ".relation", "intake.answer.not-an-option"));
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        return new Beneficiary(name, nik, relation);
    }

    private void sendReceiptMail(Application application, ServiceDefinition service, Instant now) {
        String email = application.applicantEmail();
        if (email == null || !MailAddresses.isValid(email)) {
            return;
        }
        // The language of the person acting: the citizen's page, or Indonesian for the counter and the API.
        Locale locale = currentUser.get().filter(u -> u.kind() == AccountKind.CITIZEN)
                .map(u -> org.springframework.context.i18n.LocaleContextHolder.getLocale())
                .filter(l -> "en".equals(l.getLanguage())).orElse(Locale.forLanguageTag("id"));
        String submittedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).format(now.atZone(office.profile().hours().zone()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", Objects.requireNonNullElse(application.applicantName(), ""));
        model.put("serviceName", service.name().in(locale));
        model.put("trackingNumber", Objects.requireNonNull(application.trackingNumber()));
        model.put("submittedAt", submittedAt);
        model.put("link", baseUrl + "/lacak?nomor=" + application.trackingNumber());
        outbox.enqueue(email, MailTemplates.APPLICATION_SUBMITTED, locale, model);
    }

    private void addEvent(Application application, TimelineType type, @Nullable String note, Instant now) {
        timeline.save(new TimelineEvent(null, application.id(), now, type, application.status(), application.round(),
                actorKind(), note));
    }

    private ActorKind actorKind() {
        if (currentUser.apiClient().isPresent()) {
            return ActorKind.API_CLIENT;
        }
        return currentUser.get().map(u -> u.kind() == AccountKind.STAFF ? ActorKind.STAFF : ActorKind.CITIZEN)
                .orElse(ActorKind.SYSTEM);
    }

    private ApplicationDetails details(Application a) {
        List<DocumentInfo> files = documents.findByApplicationIdOrderById(a.id()).stream()
                .map(ApplicationDocument::info).toList();
        Map<Integer, List<CorrectionItem>> rounds = new java.util.TreeMap<>();
        corrections.findByApplicationIdOrderById(a.id())
                .forEach(c -> rounds.computeIfAbsent(c.round(), r -> new ArrayList<>()).add(c.item()));
        List<ApplicationDetails.CorrectionRound> correctionRounds = rounds.entrySet().stream()
                .map(e -> new ApplicationDetails.CorrectionRound(e.getKey(), List.copyOf(e.getValue()))).toList();
        List<TimelineEntry> steps = timeline.findByApplicationIdOrderByOccurredAtAscIdAsc(a.id()).stream()
                .map(TimelineEvent::entry).toList();
        Beneficiary beneficiary = a.beneficiaryName() == null && a.beneficiaryNik() == null ? null
                : new Beneficiary(a.beneficiaryName(), a.beneficiaryNik(), a.beneficiaryRelation());
        return new ApplicationDetails(a.id(), a.serviceCode(), a.variant(), a.kind(), a.channel(), a.status(),
                a.trackingNumber(), a.round(), a.organisationId(),
                new Applicant(a.applicantName(), a.applicantNik(), a.applicantPhone(), a.applicantEmail()), beneficiary,
                answers(a), files, correctionRounds, steps, a.createdAt(), a.submittedAt(), a.withdrawalReason(),
                a.version());
    }

    private static ApplicationSummary summary(Application a, @Nullable Instant dueAt) {
        return new ApplicationSummary(a.id(), a.serviceCode(), a.status(), a.trackingNumber(), a.beneficiaryName(),
                a.organisationId(), a.createdAt(), a.submittedAt(), a.updatedAt(), dueAt);
    }

    private Map<String, Object> answers(Application application) {
        return json.readValue(application.answers(), new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private String toJson(Map<String, Object> answers) {
        return json.writeValueAsString(answers);
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
