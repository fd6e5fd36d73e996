package id.dinsos.portal.letter;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.dinsos.portal.account.AccountKind;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffGrant;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.intake.ApplicationDetails;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationProgress;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.TimelineEntry;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.identity.Nik;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Official letters from the draft to the signature, delivery and revocation. Every method checks who is
 * asking (docs/access-rules.md, "letter"); the views and controllers only call it.
 * <ul>
 * <li>{@link #prepare}: a verifier, team lead or head of division of the service's unit drafts a letter
 * for an APPROVED application;</li>
 * <li>{@link #initial} / {@link #returnDraft}: the holder of the role whose paraf is due (in the letter's
 * unit; the secretary office-wide) initials it, or returns it with a comment; {@link #reopen} puts a
 * returned draft back at the start of the chain with the application's current data;</li>
 * <li>{@link #sign} / {@link #signBatch}: the head of office (or the deputy acting for them, "Plh."), or for
 * letter types signed on the head's behalf the head of the letter's division ("a.n."), with a signing key;
 * the number is given here;</li>
 * <li>{@link #revoke}: only the person who signed it, with a reason;</li>
 * <li>{@link #download}: the applicant (whoever {@link ApplicationService#details} lets see the
 * application) once the letter is issued, and the staff of the letter's unit, the secretary and the head.</li>
 * </ul>
 * Every step is audited. Anyone else gets {@link RecordNotFoundException}, as for a missing id.
 */
@Service
public class LetterService {

    private static final Logger log = LoggerFactory.getLogger(LetterService.class);
    private static final String LETTER = "Letter";
    private static final String AUDIT_SUBJECT = "LETTER";
    static final int REASON_MAX = 1000;
    /** Where a revoked letter's replacement may be drafted: the revoked one had issued the application's product. */
    private static final Set<ApplicationStatus> REPLACEABLE = EnumSet.of(ApplicationStatus.LETTER_ISSUED,
            ApplicationStatus.COMPLETED);
    private static final Set<StaffRole> PREPARING_ROLES = EnumSet.of(StaffRole.VERIFIER, StaffRole.TEAM_LEAD,
            StaffRole.HEAD_OF_DIVISION);

    private final Letters letters;
    private final ParafSteps steps;
    private final LetterTemplates templates;
    private final NumberBook numbers;
    private final LetterSigner signer;
    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final OfficeService office;
    private final Regions regions;
    private final CurrentUser currentUser;
    private final FileStore files;
    private final AuditLog audit;
    private final LetterDelivery delivery;
    private final ApplicationProgress progress;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate eachLetter;
    private final Clock clock;
    private final String baseUrl;
    private final String numberUnit;
    private final JsonMapper json = JsonMapper.builder().build();

    @SuppressWarnings("checkstyle:ParameterNumber")
    LetterService(Letters letters, ParafSteps steps, LetterTemplates templates, NumberBook numbers, LetterSigner signer,
                  ApplicationService applications, CatalogueService catalogue, OfficeService office, Regions regions,
                  CurrentUser currentUser, FileStore files, AuditLog audit, LetterDelivery delivery, ApplicationProgress progress,
                  MessageSource messages, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                  Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
                  @Value("${portal.letters.number-unit:Dinsos}") String numberUnit) {
        this.letters = letters;
        this.steps = steps;
        this.templates = templates;
        this.numbers = numbers;
        this.signer = signer;
        this.applications = applications;
        this.catalogue = catalogue;
        this.office = office;
        this.regions = regions;
        this.currentUser = currentUser;
        this.files = files;
        this.audit = audit;
        this.progress = progress;
        this.delivery = delivery;
        this.messages = messages;
        this.events = events;
        this.eachLetter = new TransactionTemplate(transactions);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.numberUnit = numberUnit;
    }

    // ---------------------------------------------------------------- drafting and paraf

    /**
     * Drafts a letter of this type for an APPROVED application, or the replacement of a revoked one for an
     * application that letter completed: its values (applicant, answers, decision date ...) are taken now,
     * so what is initialled is what is signed.
     *
     * @return the letter's id
     * @throws RecordNotFoundException  when the application does not exist or the caller may not see it,
     *                                  or the office has no such letter type
     * @throws AccessDeniedException    for anyone but a verifier, team lead or head of the service's unit
     * @throws LetterStateException     when the application is not approved, or the type is not for its service
     */
    @Transactional
    public long prepare(long applicationId, String letterType) {
        PortalUser user = requireStaff();
        ApplicationDetails application = applications.details(applicationId);
        ServiceDefinition service = catalogue.service(application.serviceCode())
                .orElseThrow(() -> new RecordNotFoundException("Service"));
        if (PREPARING_ROLES.stream().noneMatch(role -> user.holds(role, service.unit()))) {
            throw new AccessDeniedException("Only the unit's verifiers, team leads and heads draft letters");
        }
        // A receipt template is no letter type: nothing to number, initial or sign.
        LetterTemplates.ActiveTemplate active = templates.active(letterType).filter(a -> !a.template().isReceipt())
                .orElseThrow(() -> new RecordNotFoundException("LetterType"));
        LetterTemplate template = active.template();
        String refused = refusal(application, template, letters.findByApplicationIdOrderByIdDesc(applicationId));
        if (refused != null) {
            throw new LetterStateException(refused);
        }
        Instant now = clock.instant();
        // The draft records the template it is made with (its text kept by SHA-256): preview and signing
        // render that one, even when an administrator installs another in between (docs/adr/0022).
        templates.keepText(active.sha256(), active.text(), now);
        Letter letter = letters.save(Letter.draft(applicationId, letterType, service.unit(),
                json.writeValueAsString(values(application, service)), active.sha256(), active.versionNo(),
                holder(application), application.applicant().email(), user.accountId(), now));
        audit.record("LETTER_PREPARED", AUDIT_SUBJECT, letter.id(), "type=" + letterType + ", application=" + applicationId
                + ", template=v" + active.versionNo() + ":" + active.sha256().substring(0, 12));
        return letter.id();
    }

    /**
     * A case's letters for the back office, with the types {@link #prepare} would draft now: those of its
     * service not yet drafted while it is approved, afterwards only the replacement of a revoked one.
     */
    public record CaseLetters(List<LetterInfo> letters, List<LetterTemplate> draftable) {
    }

    /**
     * The letters of an application for its staff, and what may be drafted for it (one read of each).
     *
     * @throws RecordNotFoundException when the application does not exist or the caller may not see it
     */
    @Transactional
    public CaseLetters forCase(long applicationId) {
        PortalUser user = requireStaff();
        ApplicationDetails application = applications.details(applicationId);
        List<Letter> ofApplication = letters.findByApplicationIdOrderByIdDesc(applicationId);
        List<LetterTemplate> draftable = templates.forService(application.serviceCode(), application.variant()).stream()
                .filter(t -> refusal(application, t, ofApplication) == null).toList();
        return new CaseLetters(ofApplication.stream().filter(l -> mayStaffRead(user, l)).map(this::info).toList(),
                draftable);
    }

    /** Why a letter of this type cannot be drafted for the application now (a message key), or null. */
    private static @Nullable String refusal(ApplicationDetails application, LetterTemplate template,
                                            List<Letter> ofApplication) {
        List<Letter> ofType = ofApplication.stream().filter(l -> l.letterType().equals(template.code())).toList();
        // A revoked letter is replaced after the application was completed by it (a wrong name, say).
        boolean replacing = !ofType.isEmpty() && ofType.stream().allMatch(l -> l.status() == LetterStatus.REVOKED);
        // One letter of a type per application: a second draft would be initialled and signed twice and
        // give the applicant two numbers. A returned draft is reopened; only a revoked letter is replaced.
        if (!ofType.isEmpty() && !replacing) {
            return "letter.error.already-drafted";
        }
        if (application.status() != ApplicationStatus.APPROVED && !(replacing && REPLACEABLE.contains(application.status()))) {
            return "letter.error.not-approved";
        }
        if (!template.issuedFor(application.serviceCode(), application.variant())) {
            return "letter.error.wrong-type";
        }
        return null;
    }

    /**
     * The paraf of the role that is due; after the last one the letter is ready for signature.
     *
     * @throws AccessDeniedException for anyone who does not hold the due role in the letter's unit
     * @throws LetterStateException  when the letter is not a draft
     */
    @Transactional
    public void initial(long letterId, @Nullable String comment) {
        PortalUser user = requireStaff();
        Letter letter = letters.findLockedById(letterId).orElseThrow(this::notFound);
        requireStaffReader(user, letter);
        LetterTemplate template = template(letter);
        if (letter.status() != LetterStatus.DRAFT) {
            throw new LetterStateException("letter.error.not-a-draft");
        }
        StaffRole due = template.paraf().get(letter.parafStep());
        if (!holdsForLetter(user, due, letter)) {
            throw new AccessDeniedException("The paraf of " + due + " is due");
        }
        Instant now = clock.instant();
        int step = letter.parafStep();
        letter.initial(template.paraf().size(), now);
        letters.save(letter);
        steps.save(new ParafStep(null, letterId, step, due, user.accountId(), ParafStep.Action.INITIALLED,
                trimmed(comment), now));
        audit.record("LETTER_INITIALLED", AUDIT_SUBJECT, letterId, "step=" + step + ", role=" + due);
    }

    /**
     * Returns a draft (or a letter waiting for signature) to its preparer with a comment: the holder of the
     * due role, or the signer instead of signing.
     */
    @Transactional
    public void returnDraft(long letterId, String comment) {
        PortalUser user = requireStaff();
        Letter letter = letters.findLockedById(letterId).orElseThrow(this::notFound);
        requireStaffReader(user, letter);
        LetterTemplate template = template(letter);
        String text = requireReason(comment);
        StaffRole role;
        if (letter.status() == LetterStatus.DRAFT) {
            role = template.paraf().get(letter.parafStep());
            if (!holdsForLetter(user, role, letter)) {
                throw new AccessDeniedException("The paraf of " + role + " is due");
            }
        } else if (letter.status() == LetterStatus.READY) {
            role = signingGrant(user, template, letter).role();
        } else {
            throw new LetterStateException("letter.error.not-a-draft");
        }
        Instant now = clock.instant();
        int step = letter.parafStep();
        letter.returnForChanges(now);
        letters.save(letter);
        steps.save(new ParafStep(null, letterId, step, role, user.accountId(), ParafStep.Action.RETURNED, text, now));
        audit.record("LETTER_RETURNED", AUDIT_SUBJECT, letterId, "step=" + step + ", role=" + role);
    }

    /**
     * Puts a returned draft back at the start of the chain, with the application's current data and the
     * letter type's current template: a returned draft is redone and initialled again from the first
     * paraf, so it takes the template that is active now (a correction installed meanwhile is often why
     * it was returned); every initial after this one is of the new text.
     */
    @Transactional
    public void reopen(long letterId) {
        PortalUser user = requireStaff();
        Letter letter = letters.findLockedById(letterId).orElseThrow(this::notFound);
        requireStaffReader(user, letter);
        if (PREPARING_ROLES.stream().noneMatch(role -> user.holds(role, letter.unitCode()))) {
            throw new AccessDeniedException("Only the unit's verifiers, team leads and heads reopen a draft");
        }
        if (letter.status() != LetterStatus.RETURNED) {
            throw new LetterStateException("letter.error.not-returned");
        }
        String content = letter.content();
        String holder = letter.holderName();
        String email = letter.recipientEmail();
        if (letter.applicationId() != null) {
            ApplicationDetails application = applications.details(letter.applicationId());
            ServiceDefinition service = catalogue.service(application.serviceCode())
                    .orElseThrow(() -> new RecordNotFoundException("Service"));
            content = json.writeValueAsString(values(application, service));
            holder = holder(application);
            email = application.applicant().email();
        }
        LetterTemplates.ActiveTemplate active = templates.active(letter.letterType())
                .orElseThrow(() -> new LetterStateException("letter.error.type-withdrawn"));
        Instant now = clock.instant();
        templates.keepText(active.sha256(), active.text(), now);
        letter.reopen(content, active.sha256(), active.versionNo(), holder, email, now);
        letters.save(letter);
        steps.save(new ParafStep(null, letterId, 0, StaffRole.VERIFIER, user.accountId(), ParafStep.Action.REOPENED,
                null, now));
        audit.record("LETTER_REOPENED", AUDIT_SUBJECT, letterId, "template=v" + active.versionNo() + ":"
                + active.sha256().substring(0, 12));
    }

    // ---------------------------------------------------------------- signing

    /** A signed letter: its number and where the public can check it. */
    public record SignedLetter(long id, String number, String verificationCode, String sha256) {
    }

    /**
     * Signs a letter whose paraf chain is complete: gives it the next number of its book, renders it with
     * the QR code, signs it, stores the file, and queues its delivery to the applicant, all in one
     * transaction (a failure gives the number back).
     *
     * @throws AccessDeniedException for anyone who may not sign this type, or has no signing key
     * @throws LetterStateException  when the letter is not ready for signature
     */
    @Transactional
    public SignedLetter sign(long letterId) {
        return signInTransaction(letterId);
    }

    /** One letter of a batch: signed, or why not. */
    public record BatchResult(long letterId, @Nullable SignedLetter signed, @Nullable String problem) {
    }

    /**
     * Signs several letters, each in its own transaction: one that cannot be signed (not ready, not the
     * caller's to sign) does not stop the others.
     */
    public List<BatchResult> signBatch(Collection<Long> letterIds) {
        List<BatchResult> results = new ArrayList<>();
        for (long id : letterIds) {
            try {
                SignedLetter signed = eachLetter.execute(status -> signInTransaction(id));
                results.add(new BatchResult(id, signed, null));
            } catch (LetterStateException e) {
                results.add(new BatchResult(id, null, e.messageKey()));
            } catch (AccessDeniedException | RecordNotFoundException e) {
                results.add(new BatchResult(id, null, "letter.error.not-yours-to-sign"));
            }
        }
        audit.record("LETTER_BATCH_SIGNED", AUDIT_SUBJECT, null,
                "signed=" + results.stream().filter(r -> r.signed() != null).count() + ", of=" + results.size());
        return results;
    }

    private SignedLetter signInTransaction(long letterId) {
        PortalUser user = requireStaff();
        Letter letter = letters.findLockedById(letterId).orElseThrow(this::notFound);
        requireStaffReader(user, letter);
        LetterTemplate template = template(letter);
        StaffGrant grant = signingGrant(user, template, letter);
        if (letter.status() != LetterStatus.READY) {
            throw new LetterStateException(letter.status().issued() ? "letter.error.already-signed"
                    : "letter.error.not-ready");
        }
        LetterSigner.SignerCertificate certificate = signer.certificateOf(user.accountId())
                .orElseThrow(() -> new AccessDeniedException("No signing key for this account"));
        OfficeProfile profile = office.profile();
        ZoneId zone = profile.hours().zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);

        String number = numbers.next(template.classification(),
                template.numberUnit() != null ? template.numberUnit() : numberUnit, today.getYear());
        String code = VerificationCodes.random();
        String url = baseUrl + "/verifikasi/" + code;
        LetterPdf.SignerBlock block = new LetterPdf.SignerBlock(signerTitle(profile, grant, letter),
                certificate.name(), certificate.rank(), certificate.nip());
        LetterPdf.Rendered rendered = new LetterPdf(messages, new LetterPdf.Content(profile, template, values(letter),
                number, today, block, url, certificate.issuer()).withEmblem(office.emblem().orElse(null))).render();
        String appearance = text("letter.pdf.appearance", certificate.name(),
                certificate.nip() == null ? "" : text("letter.pdf.nip", certificate.nip()),
                LetterPdf.DATE.format(today));
        byte[] signed = signer.sign(user.accountId(), rendered.pdf(), rendered.page(), rendered.signatureBox(),
                new LetterSigner.SignatureRequest(certificate.name(), appearance,
                        text("letter.pdf.reason", template.title(), number), profile.city(), now));

        StoredFile stored = files.store(new ByteArrayInputStream(signed), fileName(template, number));
        deleteOnRollback(stored.key());
        letter.sign(number, today, now, user.accountId(), certificate.name(), code, stored.sha256(), stored.key());
        letters.save(letter);
        audit.record("LETTER_SIGNED", AUDIT_SUBJECT, letterId, "number=" + number + ", type=" + template.code());
        delivery.letterSigned(letterId, letter.recipientEmail(), letter.holderName(), template.title(), number, stored, url);
        events.publishEvent(new LetterSigned(letterId, letter.applicationId(), template.code(), number, now));
        // The product is delivered: the application is completed and its service clock stops (casework).
        if (letter.applicationId() != null) {
            progress.advance(letter.applicationId(), ApplicationStatus.COMPLETED, null);
        }
        log.info("Letter {} signed as {}", letterId, number);
        return new SignedLetter(letterId, number, code, stored.sha256());
    }

    /**
     * Revokes a signed letter: only its signer, with a reason. The verification page then says it is
     * revoked, since when and why; the file and its number stay (a number is never reused).
     */
    @Transactional
    public void revoke(long letterId, String reason) {
        PortalUser user = requireStaff();
        Letter letter = letters.findLockedById(letterId).orElseThrow(this::notFound);
        requireStaffReader(user, letter);
        if (!Objects.equals(letter.signerAccountId(), user.accountId())) {
            throw new AccessDeniedException("Only the signer revokes a letter");
        }
        String text = requireReason(reason);
        if (letter.status() != LetterStatus.VALID) {
            throw new LetterStateException("letter.error.not-valid");
        }
        Instant now = clock.instant();
        letter.revoke(user.accountId(), text, now);
        letters.save(letter);
        audit.record("LETTER_REVOKED", AUDIT_SUBJECT, letterId, "number=" + letter.number());
        events.publishEvent(new LetterRevoked(letterId, letter.applicationId(), Objects.requireNonNull(letter.number()), now));
    }

    // ---------------------------------------------------------------- reading

    /** One letter, for the staff who handle it or, once issued, the applicant. */
    @Transactional
    public LetterInfo letter(long letterId) {
        Letter letter = readable(letterId);
        return info(letter);
    }

    /** The letters of an application the caller may see (the applicant: only issued ones). */
    @Transactional
    public List<LetterInfo> ofApplication(long applicationId) {
        applications.details(applicationId);
        boolean staff = currentUser.get().map(u -> u.kind() == AccountKind.STAFF).orElse(false);
        return letters.findByApplicationIdOrderByIdDesc(applicationId).stream()
                .filter(l -> staff ? mayStaffRead(currentUser.require(), l) : l.status().issued())
                .map(this::info).toList();
    }

    /** The letters waiting for something the signed-in staff member may do: a paraf or a signature. */
    @Transactional(readOnly = true)
    public List<LetterInfo> awaitingMe() {
        PortalUser user = requireStaff();
        List<LetterInfo> result = new ArrayList<>();
        for (Letter letter : letters.findByStatusInOrderByIdAsc(List.of(LetterStatus.DRAFT, LetterStatus.READY))) {
            Optional<LetterTemplate> template = templates.recorded(letter.letterType(), letter.templateSha256());
            if (template.isEmpty() || !mayStaffRead(user, letter)) {
                continue;
            }
            boolean mine = letter.status() == LetterStatus.DRAFT
                    ? holdsForLetter(user, template.get().paraf().get(letter.parafStep()), letter)
                    : maySign(user, template.get(), letter);
            if (mine) {
                result.add(info(letter));
            }
        }
        return result;
    }

    /** The issued letters of the signed-in citizen's applications (their own and their organisations'), newest first. */
    @Transactional(readOnly = true)
    public List<LetterInfo> mine() {
        PortalUser user = currentUser.require();
        if (user.kind() != AccountKind.CITIZEN) {
            return List.of();
        }
        return applications.mine().stream()
                .flatMap(a -> letters.findByApplicationIdOrderByIdDesc(a.id()).stream())
                .filter(l -> l.status().issued()).map(this::info).toList();
    }

    /** The latest 50 letters the signed-in staff member signed (to revoke one). */
    @Transactional(readOnly = true)
    public List<LetterInfo> signedByMe() {
        PortalUser user = requireStaff();
        return letters.findTop50BySignerAccountIdOrderByIdDesc(user.accountId()).stream().map(this::info).toList();
    }

    /** The letter types the office has, for the application's service, by code and title. */
    public List<LetterTemplate> letterTypesFor(String serviceCode, @Nullable String variant) {
        return templates.forService(serviceCode, variant);
    }

    /** The signed file, for those who may see the letter; reading it is audited. */
    public record Download(String fileName, InputStream content) {
    }

    @Transactional
    public Download download(long letterId) {
        Letter letter = readable(letterId);
        if (!letter.status().issued() || letter.storageKey() == null) {
            throw notFound();
        }
        audit.record("LETTER_DOWNLOADED", AUDIT_SUBJECT, letterId, null);
        LetterTemplate template = template(letter);
        return new Download(fileName(template, Objects.requireNonNull(letter.number())), files.open(letter.storageKey()));
    }

    /** A draft as it would print today, unnumbered and unsigned, for those who handle it. */
    @Transactional(readOnly = true)
    public byte[] preview(long letterId) {
        PortalUser user = requireStaff();
        Letter letter = letters.findById(letterId).orElseThrow(this::notFound);
        requireStaffReader(user, letter);
        LetterTemplate template = template(letter);
        OfficeProfile profile = office.profile();
        LetterPdf.SignerBlock block = new LetterPdf.SignerBlock(profile.head().title().id(), profile.head().name(),
                profile.head().rank(), profile.head().nip());
        return new LetterPdf(messages, new LetterPdf.Content(profile, template, values(letter), null,
                LocalDate.ofInstant(clock.instant(), profile.hours().zone()), block, null, null)
                .withEmblem(office.emblem().orElse(null))).render().pdf();
    }

    // ---------------------------------------------------------------- access

    private PortalUser requireStaff() {
        PortalUser user = currentUser.require();
        if (user.kind() != AccountKind.STAFF) {
            throw notFound();
        }
        return user;
    }

    private Letter readable(long letterId) {
        Letter letter = letters.findById(letterId).orElseThrow(this::notFound);
        Optional<PortalUser> user = currentUser.get();
        if (user.isPresent() && user.get().kind() == AccountKind.STAFF && mayStaffRead(user.get(), letter)) {
            return letter;
        }
        if (letter.status().issued() && letter.applicationId() != null) {
            try {
                applications.details(letter.applicationId()); // the applicant, the organisation's members
                return letter;
            } catch (RecordNotFoundException notEntitled) {
                throw notFound();
            }
        }
        throw notFound();
    }

    private void requireStaffReader(PortalUser user, Letter letter) {
        if (!mayStaffRead(user, letter)) {
            throw notFound();
        }
    }

    private static boolean mayStaffRead(PortalUser user, Letter letter) {
        return user.readsCasesOf(letter.unitCode());
    }

    /** The secretary initials office-wide; every other role in the letter's unit. */
    private static boolean holdsForLetter(PortalUser user, StaffRole role, Letter letter) {
        return StaffRole.OFFICE_WIDE_ROLES.contains(role) ? user.grants().stream().anyMatch(g -> g.role() == role)
                : user.holds(role, letter.unitCode());
    }

    private static boolean maySign(PortalUser user, LetterTemplate template, Letter letter) {
        return user.grants().stream().anyMatch(g -> g.role() == StaffRole.HEAD_OF_OFFICE)
                || template.signer() == StaffRole.HEAD_OF_DIVISION && user.holds(StaffRole.HEAD_OF_DIVISION, letter.unitCode());
    }

    /** The grant the person signs under: the head of office's (their own or as deputy), or the division head's "a.n.". */
    private static StaffGrant signingGrant(PortalUser user, LetterTemplate template, Letter letter) {
        Optional<StaffGrant> head = user.grants().stream().filter(g -> g.role() == StaffRole.HEAD_OF_OFFICE)
                .min((a, b) -> Boolean.compare(a.deputising(), b.deputising()));
        if (head.isPresent()) {
            return head.get();
        }
        if (template.signer() == StaffRole.HEAD_OF_DIVISION) {
            Optional<StaffGrant> division = user.grants().stream().filter(g -> g.role() == StaffRole.HEAD_OF_DIVISION
                    && g.unitCode().equals(letter.unitCode())).findFirst();
            if (division.isPresent()) {
                return division.get();
            }
        }
        throw new AccessDeniedException("Not this person's letter to sign");
    }

    private String signerTitle(OfficeProfile profile, StaffGrant grant, Letter letter) {
        String head = profile.head().title().id();
        if (grant.role() == StaffRole.HEAD_OF_OFFICE) {
            return grant.deputising() ? text("letter.pdf.acting", head) : head;
        }
        String unit = profile.unit(letter.unitCode()).map(u -> u.name().id()).orElse(letter.unitCode());
        String division = "Kepala " + unit;
        return text("letter.pdf.on-behalf", head) + "\n" + (grant.deputising() ? text("letter.pdf.acting", division) : division);
    }

    private RecordNotFoundException notFound() {
        return new RecordNotFoundException(LETTER);
    }

    // ---------------------------------------------------------------- helpers

    private LetterTemplate template(Letter letter) {
        return templates.recorded(letter.letterType(), letter.templateSha256())
                .orElseThrow(() -> new IllegalStateException("Letter type " + letter.letterType() + " is no longer configured"));
    }

    private Map<String, String> values(Letter letter) {
        return json.readValue(letter.content(), new TypeReference<LinkedHashMap<String, String>>() { });
    }

    /** The values of the application-dependent placeholders, as text, in Indonesian. */
    private Map<String, String> values(ApplicationDetails application, ServiceDefinition service) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("applicant.name", orEmpty(application.applicant().name()));
        values.put("applicant.nik", orEmpty(application.applicant().nik()));
        values.put("applicant.nik-masked", masked(application.applicant().nik()));
        if (application.beneficiary() != null) {
            values.put("beneficiary.name", orEmpty(application.beneficiary().name()));
            values.put("beneficiary.nik", orEmpty(application.beneficiary().nik()));
            values.put("beneficiary.nik-masked", masked(application.beneficiary().nik()));
        }
        values.put("service.name", service.name().id());
        service.variants().stream().filter(v -> v.code().equals(application.variant())).findFirst()
                .ifPresent(v -> values.put("variant.name", v.name().id()));
        values.put("tracking.number", orEmpty(application.trackingNumber()));
        ZoneId zone = office.profile().hours().zone();
        Instant decided = application.timeline().stream().filter(e -> e.status() == ApplicationStatus.APPROVED)
                .map(TimelineEntry::at).reduce((a, b) -> b).orElse(clock.instant());
        values.put("decision.date", LetterPdf.DATE.format(LocalDate.ofInstant(decided, zone)));
        for (FormField field : service.fieldsFor(application.variant())) {
            Object answer = application.answers().get(field.code());
            if (answer != null) {
                values.put("answers." + field.code(), answerText(field, answer));
            }
        }
        return values;
    }

    private String answerText(FormField field, Object answer) {
        Locale id = LetterPdf.INDONESIAN;
        return switch (field.type()) {
            case SELECT -> optionLabel(field, String.valueOf(answer));
            case MULTISELECT -> answer instanceof Collection<?> list
                    ? String.join(", ", list.stream().map(v -> optionLabel(field, String.valueOf(v))).toList())
                    : optionLabel(field, String.valueOf(answer));
            case YES_NO -> text(Boolean.parseBoolean(String.valueOf(answer)) ? "letter.value.yes" : "letter.value.no");
            case DATE -> {
                try {
                    yield LetterPdf.DATE.format(LocalDate.parse(String.valueOf(answer)));
                } catch (RuntimeException notADate) {
                    yield String.valueOf(answer);
                }
            }
            case MONEY -> {
                try {
                    yield "Rp " + NumberFormat.getIntegerInstance(id).format(new BigDecimal(String.valueOf(answer)));
                } catch (RuntimeException notANumber) {
                    yield String.valueOf(answer);
                }
            }
            case REGION -> regions.region(String.valueOf(answer)).map(Regions.Region::name).orElse(String.valueOf(answer));
            default -> String.valueOf(answer);
        };
    }

    private static String optionLabel(FormField field, String code) {
        return field.options().stream().filter(o -> o.code().equals(code)).findFirst().map(o -> o.label().id()).orElse(code);
    }

    private static @Nullable String holder(ApplicationDetails application) {
        return application.applicant().name();
    }

    private static String masked(@Nullable String nik) {
        if (nik == null || nik.isBlank()) {
            return "";
        }
        try {
            return new Nik(nik).masked();
        } catch (RuntimeException notANik) {
            return "";
        }
    }

    private LetterInfo info(Letter letter) {
        Optional<LetterTemplate> template = templates.recorded(letter.letterType(), letter.templateSha256());
        List<StaffRole> chain = template.map(LetterTemplate::paraf).orElse(List.of());
        StaffRole next = letter.status() == LetterStatus.DRAFT && letter.parafStep() < chain.size()
                ? chain.get(letter.parafStep()) : null;
        List<LetterInfo.Step> history = steps.findByLetterIdOrderByIdAsc(letter.id()).stream()
                .map(s -> new LetterInfo.Step(s.step(), s.role(), s.accountId(), s.action().name(), s.comment(),
                        s.occurredAt())).toList();
        return new LetterInfo(letter.id(), letter.applicationId(), letter.letterType(),
                template.map(LetterTemplate::title).orElse(letter.letterType()), letter.status(), chain, next,
                letter.number(), letter.issuedOn(), letter.signerName(), letter.verificationCode(), letter.revokedAt(),
                letter.revocationReason(), letter.sha256(), history, letter.version());
    }

    private void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        files.delete(key);
                    }
                }
            });
        }
    }

    private static String fileName(LetterTemplate template, String number) {
        return template.code() + "-" + number.replaceAll("[^A-Za-z0-9.]+", "-") + ".pdf";
    }

    private static String requireReason(@Nullable String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new LetterStateException("letter.error.reason-required");
        }
        if (text.length() > REASON_MAX) {
            throw new LetterStateException("letter.error.reason-too-long");
        }
        return text;
    }

    private static @Nullable String trimmed(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > REASON_MAX ? t.substring(0, REASON_MAX) : t;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LetterPdf.INDONESIAN);
    }
}
