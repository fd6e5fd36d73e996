package id.dinsos.portal.organisation;

import static id.dinsos.portal.account.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.shared.storage.DetectedType;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;

/**
 * The organisation's document library on MariaDB and the real file store, each call made as a
 * verified citizen: members add, list, open and reuse documents; anyone else is told the organisation
 * does not exist, exactly as for a missing id; removal hides a document, keeps its row and deletes its
 * file; every access is in the audit trail without names or titles.
 */
@IntegrationTest
class OrganisationDocumentsIntegrationTest {

    @Autowired
    OrganisationDocumentService library;
    @Autowired
    OrganisationService organisations;
    @Autowired
    RegistrationService registration;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;

    Citizen ketua;
    Citizen anggota;
    Citizen stranger;
    long organisationId;

    @BeforeEach
    void organisationWithAMember() {
        ketua = TestAccounts.verifiedCitizen(registration, jdbc, "Ahmad Fauzi");
        anggota = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Lestari");
        stranger = TestAccounts.verifiedCitizen(registration, jdbc, "Rudi Hartono");
        organisationId = as(ketua, () -> organisations.create(new OrganisationProfile("Yayasan Kasih Bunda",
                LegalForm.YAYASAN, "12", LocalDate.of(2015, 3, 12), "AHU-0012345.AH.01.04.Tahun 2015",
                "01.234.567.4-123.000", "Jl. Mawar No. 7, Cikarang Pusat, Kabupaten Bekasi", "Hj. Siti Aminah")));
        as(ketua, () -> organisations.invite(organisationId, anggota.email(), Languages.INDONESIAN));
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? "
                + "AND template = 'organisation-invitation' ORDER BY id DESC LIMIT 1", String.class,
                anggota.email().toLowerCase(Locale.ROOT));
        Matcher link = Pattern.compile("/organisasi/undangan\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        as(anggota, () -> organisations.acceptInvitation(link.group(1)));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private StoredFile stored(byte[] bytes, String name) {
        return store.store(new ByteArrayInputStream(bytes), name);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> auditOf(long documentId) {
        return jdbc.queryForList("SELECT * FROM audit_event WHERE subject_type = 'ORGANISATION_DOCUMENT' "
                + "AND subject_id = ? ORDER BY id", String.valueOf(documentId));
    }

    @Test
    void a_member_adds_a_document_that_every_member_lists_and_opens_byte_for_byte() throws IOException {
        byte[] pdf = TestFiles.pdf();
        OrganisationDocumentSummary added = as(anggota, () -> library.add(organisationId, DocumentKind.AKTA,
                "  Akta   perubahan\t2023 ", stored(pdf, "Akta Yayasan Kasih Bunda.pdf")));

        assertThat(added.title()).as("spaces tidied").isEqualTo("Akta perubahan 2023");
        TestAccounts.signIn(ketua);
        assertThat(library.documents(organisationId)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(added.id());
            assertThat(d.kind()).isEqualTo(DocumentKind.AKTA);
            assertThat(d.title()).isEqualTo("Akta perubahan 2023");
            assertThat(d.originalName()).isEqualTo("Akta Yayasan Kasih Bunda.pdf");
            assertThat(d.sizeBytes()).isEqualTo(pdf.length);
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.uploadedBy()).isEqualTo(anggota.id());
            assertThat(d.uploadedByName()).isEqualTo("Dewi Lestari");
            assertThat(d.removable()).as("an administrator removes any document").isTrue();
        });
        try (OpenedDocument opened = library.open(organisationId, added.id())) {
            byte[] read = opened.content().readAllBytes();
            assertThat(read).isEqualTo(pdf);
            assertThat(opened.sha256()).isEqualTo(sha256(pdf)).isEqualTo(sha256(read));
            assertThat(opened.size()).isEqualTo(pdf.length);
            assertThat(opened.mediaType()).isEqualTo("application/pdf");
            assertThat(opened.originalName()).isEqualTo("Akta Yayasan Kasih Bunda.pdf");
        }
        assertThat(jdbc.queryForObject("SELECT sha256 FROM organisation_document WHERE id = ?", String.class,
                added.id())).isEqualTo(sha256(pdf));

        List<Map<String, Object>> events = auditOf(added.id());
        assertThat(events).extracting(e -> e.get("action"))
                .containsExactly("ORGANISATION_DOCUMENT_ADDED", "ORGANISATION_DOCUMENT_OPENED");
        assertThat(events.get(0).get("actor_account_id")).isEqualTo(anggota.id());
        assertThat(events.get(1).get("actor_account_id")).isEqualTo(ketua.id());
        assertThat(events).allSatisfy(e -> assertThat(e.get("detail"))
                .isEqualTo("organisation=" + organisationId + " kind=AKTA"));
    }

    @Test
    void the_library_lists_documents_newest_first_and_a_member_removes_only_their_own() {
        long akta = as(ketua, () -> library.add(organisationId, DocumentKind.AKTA, null,
                stored(TestFiles.pdf(), "akta.pdf"))).id();
        long npwp = as(anggota, () -> library.add(organisationId, DocumentKind.NPWP, " ",
                stored(TestFiles.png(40, 30), "npwp.png"))).id();

        TestAccounts.signIn(anggota);
        List<OrganisationDocumentSummary> seen = library.documents(organisationId);
        assertThat(seen).extracting(OrganisationDocumentSummary::id).containsExactly(npwp, akta);
        assertThat(seen).extracting(OrganisationDocumentSummary::removable).containsExactly(true, false);
        assertThat(seen.get(0).title()).as("a blank title is none").isNull();
        assertThat(seen.get(0).mediaType()).isEqualTo("image/png");
        assertThatThrownBy(() -> library.remove(organisationId, akta)).isInstanceOf(AccessDeniedException.class);

        library.remove(organisationId, npwp);
        assertThat(library.documents(organisationId)).extracting(OrganisationDocumentSummary::id).containsExactly(akta);
    }

    @Test
    void a_removed_document_is_hidden_its_row_kept_as_history_and_its_file_deleted() {
        StoredFile file = stored(TestFiles.pdf(), "SK Kemenkumham.pdf");
        long id = as(anggota, () -> library.add(organisationId, DocumentKind.SK_KEMENKUMHAM, null, file)).id();

        TestAccounts.signIn(ketua);
        library.remove(organisationId, id);

        assertThat(library.documents(organisationId)).isEmpty();
        assertThatThrownBy(() -> library.open(organisationId, id)).isExactlyInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> library.reusable(organisationId, id)).isExactlyInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> library.remove(organisationId, id)).isExactlyInstanceOf(RecordNotFoundException.class);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM organisation_document WHERE id = ?", id);
        assertThat(row.get("removed_at")).isNotNull();
        assertThat(row.get("removed_by")).isEqualTo(ketua.id());
        assertThat(row.get("sha256")).isEqualTo(file.sha256());
        assertThat(store.exists(file.key())).as("the file went with the removal").isFalse();
        assertThat(auditOf(id)).extracting(e -> e.get("action"))
                .containsExactly("ORGANISATION_DOCUMENT_ADDED", "ORGANISATION_DOCUMENT_REMOVED");
    }

    @Test
    void another_module_gets_the_stored_file_to_copy_and_the_use_is_audited() throws IOException {
        byte[] jpeg = TestFiles.jpeg(120, 80);
        StoredFile file = stored(jpeg, "C:\\Dokumen\\domisili.jpg");
        long id = as(ketua, () -> library.add(organisationId, DocumentKind.DOMISILI, "Surat domisili 2026", file)).id();

        ReusableDocument reusable = as(anggota, () -> library.reusable(organisationId, id));

        assertThat(reusable.documentId()).isEqualTo(id);
        assertThat(reusable.organisationId()).isEqualTo(organisationId);
        assertThat(reusable.kind()).isEqualTo(DocumentKind.DOMISILI);
        assertThat(reusable.title()).isEqualTo("Surat domisili 2026");
        assertThat(reusable.file()).isEqualTo(file);
        assertThat(reusable.file().type()).isEqualTo(DetectedType.JPEG);
        assertThat(reusable.file().originalName()).isEqualTo("domisili.jpg");
        StoredFile copy;
        try (InputStream in = store.open(reusable.file().key())) {
            copy = store.store(in, reusable.file().originalName());
        }
        assertThat(copy.key()).isNotEqualTo(file.key());
        assertThat(copy.sha256()).isEqualTo(file.sha256());
        assertThat(auditOf(id)).extracting(e -> e.get("action"))
                .containsExactly("ORGANISATION_DOCUMENT_ADDED", "ORGANISATION_DOCUMENT_REUSED");
        assertThat(auditOf(id).get(1).get("actor_account_id")).isEqualTo(anggota.id());
        store.delete(copy.key());
    }

    @Test
    void a_non_member_is_told_the_organisation_does_not_exist_exactly_as_for_a_missing_id() {
        long id = as(ketua, () -> library.add(organisationId, DocumentKind.AD_ART, "AD/ART",
                stored(TestFiles.pdf(), "ad-art.pdf"))).id();
        long missingOrganisation = organisationId + 1_000_000;
        long missingDocument = id + 1_000_000;
        StoredFile strangersFile = stored(TestFiles.pdf(), "palsu.pdf");
        TestAccounts.signIn(stranger);

        List<ThrowingCallable> onSomeoneElses = List.of(
                () -> library.documents(organisationId),
                () -> library.open(organisationId, id),
                () -> library.remove(organisationId, id),
                () -> library.reusable(organisationId, id),
                () -> library.add(organisationId, DocumentKind.OTHER, null, strangersFile));
        List<ThrowingCallable> onMissing = List.of(
                () -> library.documents(missingOrganisation),
                () -> library.open(missingOrganisation, missingDocument),
                () -> library.remove(missingOrganisation, missingDocument),
                () -> library.reusable(missingOrganisation, missingDocument),
                () -> library.add(missingOrganisation, DocumentKind.OTHER, null, strangersFile));
        List<ThrowingCallable> onTheirsWithAMissingDocument = List.of(
                () -> library.documents(organisationId),
                () -> library.open(organisationId, missingDocument),
                () -> library.remove(organisationId, missingDocument),
                () -> library.reusable(organisationId, missingDocument),
                () -> library.add(organisationId, DocumentKind.OTHER, null, strangersFile));
        for (int i = 0; i < onSomeoneElses.size(); i++) {
            Throwable theirs = catchThrowable(onSomeoneElses.get(i));
            Throwable none = catchThrowable(onMissing.get(i));
            Throwable noDocument = catchThrowable(onTheirsWithAMissingDocument.get(i));
            assertThat(theirs).as("call %d", i).isExactlyInstanceOf(RecordNotFoundException.class);
            assertThat(none).as("call %d", i).isExactlyInstanceOf(RecordNotFoundException.class);
            assertThat(noDocument).as("call %d", i).isExactlyInstanceOf(RecordNotFoundException.class);
            assertThat(theirs.getMessage()).as("call %d", i).isEqualTo(none.getMessage())
                    .isEqualTo(noDocument.getMessage());
        }
        assertThat(auditOf(id)).extracting(e -> e.get("action")).containsExactly("ORGANISATION_DOCUMENT_ADDED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation_document WHERE storage_key = ?", Long.class,
                strangersFile.key())).isZero();
        assertThat(jdbc.queryForObject("SELECT removed_at IS NULL FROM organisation_document WHERE id = ?",
                Boolean.class, id)).isTrue();
        store.delete(strangersFile.key());
    }

    @Test
    void a_document_id_of_another_organisation_is_not_found_for_a_member() {
        long strangersOrganisation = as(stranger, () -> organisations.create(new OrganisationProfile(
                "Panitia Jalan Sehat", LegalForm.PANITIA, "SK/01/PAN/2026", LocalDate.of(2026, 6, 1), null,
                "0012345674123000", "Jl. Melati No. 3, Cikarang Utara", "Rudi Hartono")));
        long theirs = as(stranger, () -> library.add(strangersOrganisation, DocumentKind.OTHER, null,
                stored(TestFiles.pdf(), "izin.pdf"))).id();

        TestAccounts.signIn(ketua);
        assertThatThrownBy(() -> library.open(organisationId, theirs)).isExactlyInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> library.remove(organisationId, theirs)).isExactlyInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> library.reusable(organisationId, theirs))
                .isExactlyInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_title_too_long_is_refused_and_nobody_signed_in_gets_nothing() {
        StoredFile file = stored(TestFiles.pdf(), "akta.pdf");
        Throwable thrown = catchThrowable(() -> as(ketua, () -> library.add(organisationId, DocumentKind.AKTA,
                "x".repeat(OrganisationDocumentService.TITLE_MAX + 1), file)));
        assertThat(thrown).isInstanceOf(FormRejectedException.class);
        assertThat(((FormRejectedException) thrown).problems()).singleElement()
                .satisfies(p -> assertThat(p.field() + ":" + p.messageKey()).isEqualTo("title:organisation.document.validation.title"));

        TestAccounts.signOut();
        assertThatThrownBy(() -> library.documents(organisationId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.add(organisationId, DocumentKind.AKTA, null, file))
                .isInstanceOf(AccessDeniedException.class);
        store.delete(file.key());
    }
}
