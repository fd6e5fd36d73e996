package id.dinsos.portal.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.account.AccountDirectory.AccountSummary;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;

/**
 * An organisation's document library: akta, SK Kemenkumham, NPWP, AD/ART, domicile letter and others,
 * uploaded once and reused when the organisation applies for a service. Like {@link OrganisationService},
 * every method works for the signed-in person only and only on organisations they belong to; for anyone
 * else the organisation does not exist ({@link RecordNotFoundException} with the same message as for an
 * unknown id). Any member adds and reads documents; an administrator, or the member who uploaded a
 * document, removes it.
 *
 * <p>Adding, removing, opening and handing a document to another module are recorded in the audit trail
 * (ids and kinds only: no names, titles or contents).
 */
@Service
public class OrganisationDocumentService {

    private static final Logger log = LoggerFactory.getLogger(OrganisationDocumentService.class);
    /** The longest title kept. */
    public static final int TITLE_MAX = 200;
    static final String AUDIT_SUBJECT = "ORGANISATION_DOCUMENT";
    private static final String DOCUMENT = "Document";

    private final OrganisationDocuments documents;
    private final Memberships memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final FileStore store;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationDocumentService(OrganisationDocuments documents, Memberships memberships, AccountDirectory accounts,
                                CurrentUser currentUser, FileStore store, AuditLog audit, Clock clock) {
        this.documents = documents;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The organisation's documents that are not removed, newest first.
     *
     * @throws RecordNotFoundException for a non-member or an unknown id
     */
    @Transactional(readOnly = true)
    public List<OrganisationDocumentSummary> documents(long organisationId) {
        PortalUser user = currentUser.require();
        Membership membership = membershipOf(organisationId, user);
        List<OrganisationDocument> active =
                documents.findByOrganisationIdAndRemovedAtIsNullOrderByUploadedAtDescIdDesc(organisationId);
        Map<Long, String> names = accounts.byIds(active.stream().map(OrganisationDocument::uploadedBy).distinct().toList())
                .stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::fullName, (a, b) -> a));
        return active.stream().map(d -> summary(d, membership, names::get)).toList();
    }

    /**
     * Records a stored file as a document of the organisation (any member). The file must come from
     * the {@link FileStore} (e.g. through {@code DocumentUpload}) and belong to no other record: removing
     * the document deletes it. When this throws, the file stays in the store and the caller deletes it
     * ({@code DocumentUpload} does).
     *
     * @param title an optional title ("Akta perubahan 2023"); blank means none
     * @throws FormRejectedException   ({@code title}) for a title longer than {@value #TITLE_MAX} characters,
     *                                 ({@code kind}) for no kind
     * @throws RecordNotFoundException for a non-member or an unknown id
     */
    @Transactional
    public OrganisationDocumentSummary add(long organisationId, DocumentKind kind, @Nullable String title,
                                          StoredFile file) {
        PortalUser user = currentUser.require();
        Membership membership = membershipOf(organisationId, user);
        String cleanTitle = checkedTitle(kind, title);
        OrganisationDocument saved;
        try {
            saved = documents.save(OrganisationDocument.upload(organisationId, kind, cleanTitle, file,
                    user.accountId(), clock.instant()));
        } catch (DataIntegrityViolationException recordedAlready) {
            throw new IllegalArgumentException("This file is recorded already", recordedAlready);
        }
        audit.record("ORGANISATION_DOCUMENT_ADDED", AUDIT_SUBJECT, saved.id(), detail(saved));
        log.info("Document {} ({}, {}) added to organisation {} by account {}", saved.id(), kind, file.key(),
                organisationId, user.accountId());
        return summary(saved, membership, id -> user.fullName());
    }

    /**
     * Removes a document from the library (an administrator, or the member who uploaded it). The record
     * stays as history; the file is deleted from the store once the removal has committed (applications
     * that used it hold their own copy, see V012).
     *
     * @throws AccessDeniedException   for a member who is neither an administrator nor the uploader
     * @throws RecordNotFoundException for a non-member, an unknown organisation, or a document that is
     *                                 unknown, removed or of another organisation
     */
    @Transactional
    public void remove(long organisationId, long documentId) {
        PortalUser user = currentUser.require();
        Membership membership = membershipOf(organisationId, user);
        OrganisationDocument document = active(organisationId, documentId);
        if (!mayRemove(document, membership)) {
            throw new AccessDeniedException("Only an administrator or the uploader removes a document");
        }
        document.remove(user.accountId(), clock.instant());
        try {
            documents.save(document);
        } catch (OptimisticLockingFailureException removedMeanwhile) {
            throw new RecordNotFoundException(DOCUMENT);
        }
        audit.record("ORGANISATION_DOCUMENT_REMOVED", AUDIT_SUBJECT, documentId, detail(document));
        deleteFileAfterCommit(document.storageKey());
        log.info("Document {} of organisation {} removed by account {}", documentId, organisationId, user.accountId());
    }

    /**
     * Opens a document to read its bytes (any member); the access is audited. The caller closes it.
     *
     * @throws RecordNotFoundException for a non-member, an unknown organisation, or a document that is
     *                                 unknown, removed or of another organisation
     */
    @Transactional
    public OpenedDocument open(long organisationId, long documentId) {
        PortalUser user = currentUser.require();
        membershipOf(organisationId, user);
        OrganisationDocument document = active(organisationId, documentId);
        audit.record("ORGANISATION_DOCUMENT_OPENED", AUDIT_SUBJECT, documentId, detail(document));
        return new OpenedDocument(documentId, document.mediaType(), document.originalName(), document.sha256(),
                document.sizeBytes(), store.open(document.storageKey()));
    }

    /**
     * For other modules: a library document that the signed-in member wants to use elsewhere, typically
     * as a requirement of an application made on the organisation's behalf. Checks membership like every
     * other method, records the use in the audit trail, and returns where the file is kept.
     *
     * <p>The caller <em>copies</em> the bytes into a file of its own ({@code fileStore.store(fileStore.open(
     * file.key()), file.originalName())}) and records that copy, never this key: a document removed from the
     * library later has its file deleted, and an application's evidence must not change or vanish with it.
     * Compare the copy's SHA-256 with {@link StoredFile#sha256()} to show it is the same file. A document
     * removed between this call and the copy makes {@code FileStore.open} fail; treat that like "not found".
     *
     * @throws RecordNotFoundException for a non-member, an unknown organisation, or a document that is
     *                                 unknown, removed or of another organisation
     */
    @Transactional
    public ReusableDocument reusable(long organisationId, long documentId) {
        PortalUser user = currentUser.require();
        membershipOf(organisationId, user);
        OrganisationDocument document = active(organisationId, documentId);
        audit.record("ORGANISATION_DOCUMENT_REUSED", AUDIT_SUBJECT, documentId, detail(document));
        return new ReusableDocument(documentId, organisationId, document.kind(), document.title(),
                document.storedFile());
    }

    // ---------------------------------------------------------------- helpers

    /** The caller's membership; a non-member is told the organisation does not exist. */
    private Membership membershipOf(long organisationId, PortalUser user) {
        return memberships.findByOrganisationIdAndAccountId(organisationId, user.accountId())
                .orElseThrow(() -> new RecordNotFoundException(OrganisationService.ORGANISATION));
    }

    private OrganisationDocument active(long organisationId, long documentId) {
        return documents.findByIdAndOrganisationIdAndRemovedAtIsNull(documentId, organisationId)
                .orElseThrow(() -> new RecordNotFoundException(DOCUMENT));
    }

    private static boolean mayRemove(OrganisationDocument document, Membership membership) {
        return membership.isAdmin() || document.uploadedBy() == membership.accountId();
    }

    private static OrganisationDocumentSummary summary(OrganisationDocument d, Membership caller,
                                                       Function<Long, @Nullable String> names) {
        String name = names.apply(d.uploadedBy());
        return new OrganisationDocumentSummary(d.id(), d.kind(), d.title(), d.originalName(), d.sizeBytes(),
                d.mediaType(), d.uploadedBy(), name == null ? "?" : name, d.uploadedAt(), mayRemove(d, caller));
    }

    private static String detail(OrganisationDocument document) {
        return "organisation=" + document.organisationId() + " kind=" + document.kind();
    }

    private static @Nullable String checkedTitle(@Nullable DocumentKind kind, @Nullable String title) {
        if (kind == null) {
            throw new FormRejectedException(List.of(new FieldProblem("kind", "organisation.document.validation.kind")));
        }
        String clean = title == null ? "" : title.replaceAll("[\\p{Cc}\\p{Cf}]", " ").strip().replaceAll("\\s+", " ");
        if (clean.length() > TITLE_MAX) {
            throw new FormRejectedException(List.of(
                    new FieldProblem("title", "organisation.document.validation.title", TITLE_MAX)));
        }
        return clean.isEmpty() ? null : clean;
    }

    /**
     * Deletes the file once the removal is committed: deleting it earlier would lose the file of a
     * document that stays when the transaction rolls back. A failed delete leaves an orphan for the
     * retention sweep (docs/adr/0009), never a document without its file.
     */
    private void deleteFileAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    store.delete(key);
                } catch (RuntimeException e) {
                    log.warn("The file {} of a removed document could not be deleted; it stays as an orphan", key, e);
                }
            }
        });
    }
}
