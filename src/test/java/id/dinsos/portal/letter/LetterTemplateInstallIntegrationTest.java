package id.dinsos.portal.letter;

import static id.dinsos.portal.letter.LetterTestSupport.ADMIN;
import static id.dinsos.portal.letter.LetterTestSupport.HEAD_OF_DIVISION;
import static id.dinsos.portal.letter.LetterTestSupport.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.casework.CaseworkService;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.PdfChecks;
import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.PortalProperties;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.TestSmtp;

/**
 * Installing a letter template (docs/adr/0022): the next draft uses it, a draft made before keeps its
 * own, a broken one is refused, only administrators install, and every node sees an install at once.
 * Each test leaves the shipped files active again (the database is shared with the other tests).
 */
@IntegrationTest
class LetterTemplateInstallIntegrationTest {

    private static final String TYPE = "berita-acara-serah-terima";
    private static final String MARKER = "Barang diterima dengan tanda terima nomor inventaris";

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    LetterTemplateAdmin admin;
    @Autowired
    LetterTemplates templates;
    @Autowired
    LetterService letters;
    @Autowired
    SigningKeys keys;
    @Autowired
    CaseworkService casework;
    @Autowired
    ApplicationService intake;
    @Autowired
    RegistrationService registration;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DefinitionFiles files;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    PortalProperties portal;

    Citizen pemohon;

    @BeforeEach
    void setUp() {
        LetterTestSupport.enrolSigners(keys);
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Lestari");
        restoreShipped();
    }

    @AfterEach
    void tearDown() {
        restoreShipped();
        TestAccounts.signOut();
    }

    @Test
    void the_next_draft_renders_the_installed_template_and_an_earlier_draft_is_signed_with_its_own() throws Exception {
        long before = LetterTestSupport.readyBeritaAcara(letters, LetterTestSupport.approvedAlatBantu(intake, store,
                pemohon, casework));

        String changed = shippedText().replace("[paragraph]\nSerah terima", "[paragraph]\n" + MARKER
                + " {{tracking.number}}.\n\n[paragraph]\nSerah terima");
        int version = TestUsers.callAs(ADMIN, () -> admin.install(TYPE + ".txt", changed, "nomor inventaris"));
        assertThat(version).isPositive();
        assertThat(TestUsers.callAs(ADMIN, () -> admin.activeText(TYPE))).isEqualTo(changed);

        long after = LetterTestSupport.readyBeritaAcara(letters, LetterTestSupport.approvedAlatBantu(intake, store,
                pemohon, casework));

        // The preview and the signature of the earlier draft: the template it was initialled with.
        assertThat(PdfChecks.text(TestUsers.callAs(VERIFIER, () -> letters.preview(before)))).doesNotContain(MARKER);
        assertThat(signedText(before)).contains("Serah terima dilaksanakan").doesNotContain(MARKER);
        // The draft made after the install: the new text.
        assertThat(PdfChecks.text(TestUsers.callAs(VERIFIER, () -> letters.preview(after)))).contains(MARKER);
        assertThat(signedText(after)).contains(MARKER, "Serah terima dilaksanakan");

        List<Integer> recorded = jdbc.queryForList("SELECT template_version FROM letter WHERE id IN (?, ?) ORDER BY id",
                Integer.class, before, after);
        assertThat(recorded.get(1)).isEqualTo(version);
        assertThat(recorded.get(0)).isNotEqualTo(version);

        // Reverting is another version: the shipped file is active again, the history stays, both audited.
        int reverted = TestUsers.callAs(ADMIN, () -> admin.revert(TYPE, "kembali"));
        assertThat(reverted).isEqualTo(version + 1);
        assertThat(TestUsers.callAs(ADMIN, () -> admin.activeText(TYPE))).isEqualTo(shippedText());
        assertThat(TestUsers.callAs(ADMIN, () -> admin.history(TYPE))).extracting(LetterTemplates.Installed::versionNo)
                .startsWith(reverted, version);
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE subject_type = 'LETTER_TEMPLATE' "
                + "AND subject_id = ? ORDER BY id DESC LIMIT 2", String.class, TYPE))
                .containsExactly("LETTER_TEMPLATE_REVERTED", "LETTER_TEMPLATE_INSTALLED");
        // A revert of what is already the shipped file is refused.
        assertThatThrownBy(() -> TestUsers.callAs(ADMIN, () -> admin.revert(TYPE, null)))
                .isInstanceOf(LetterStateException.class).hasMessage("letter.templates.revert.not-customised");
    }

    @Test
    void a_returned_draft_reopened_after_an_install_moves_to_the_current_template() throws Exception {
        long draft = TestUsers.callAs(VERIFIER, () -> letters.prepare(LetterTestSupport.approvedAlatBantu(intake,
                store, pemohon, casework), TYPE));
        String changed = shippedText().replace("[paragraph]\nSerah terima", "[paragraph]\n" + MARKER
                + ".\n\n[paragraph]\nSerah terima");
        int version = TestUsers.callAs(ADMIN, () -> admin.install(TYPE + ".txt", changed, null));
        assertThat(PdfChecks.text(TestUsers.callAs(VERIFIER, () -> letters.preview(draft)))).doesNotContain(MARKER);

        TestUsers.runAs(VERIFIER, () -> letters.returnDraft(draft, "pakai templat baru"));
        TestUsers.runAs(VERIFIER, () -> letters.reopen(draft));
        assertThat(PdfChecks.text(TestUsers.callAs(VERIFIER, () -> letters.preview(draft)))).contains(MARKER);
        assertThat(jdbc.queryForObject("SELECT template_version FROM letter WHERE id = ?", Integer.class, draft))
                .isEqualTo(version);
    }

    @Test
    void a_broken_template_is_refused_with_its_line_and_nothing_is_installed() {
        long rows = versions();
        String broken = shippedText().replace("{{answers.alat-diminta}}", "{{answers.alat-yang-diminta}}");
        assertThatThrownBy(() -> TestUsers.callAs(ADMIN, () -> admin.install(TYPE + ".txt", broken, null)))
                .isInstanceOf(InvalidLetterTemplateException.class)
                .hasMessageStartingWith(TYPE + ".txt:17: unknown placeholder {{answers.alat-yang-diminta}}");
        assertThatThrownBy(() -> TestUsers.callAs(ADMIN, () -> admin.install("Berita Acara.txt", shippedText(), null)))
                .isInstanceOf(InvalidLetterTemplateException.class);
        // The shipped file itself, unchanged, is nothing to install.
        assertThatThrownBy(() -> TestUsers.callAs(ADMIN, () -> admin.install(TYPE + ".txt", shippedText(), null)))
                .isInstanceOf(LetterStateException.class).hasMessage("letter.templates.install.unchanged");
        assertThat(versions()).isEqualTo(rows);
        assertThat(templates.active(TYPE).orElseThrow().customised()).isFalse();
    }

    @Test
    void only_administrators_install_revert_and_download_templates() {
        String changed = shippedText().replace("BERITA ACARA SERAH TERIMA", "BERITA ACARA SERAH TERIMA BARANG");
        assertThatThrownBy(() -> TestUsers.callAs(VERIFIER, () -> admin.install(TYPE + ".txt", changed, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(HEAD_OF_DIVISION, () -> admin.activeTemplates()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(VERIFIER, () -> admin.activeText(TYPE)))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.callAs(ADMIN, () -> admin.install(TYPE + ".txt", changed, null));
        assertThatThrownBy(() -> TestUsers.callAs(VERIFIER, () -> admin.revert(TYPE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccounts.as(pemohon, () -> admin.history(TYPE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(templates.find(TYPE).orElseThrow().title()).isEqualTo("BERITA ACARA SERAH TERIMA BARANG");
    }

    @Test
    void another_node_sees_an_install_and_a_change_made_behind_its_back_without_a_restart() {
        LetterTemplates otherNode = new LetterTemplates(files, catalogue, portal, jdbc);
        assertThat(otherNode.find(TYPE).orElseThrow().title()).isEqualTo("BERITA ACARA SERAH TERIMA");

        TestUsers.callAs(ADMIN, () -> admin.install(TYPE + ".txt",
                shippedText().replace("title: BERITA ACARA SERAH TERIMA", "title: BERITA ACARA (NODE 1)"), null));
        assertThat(otherNode.find(TYPE).orElseThrow().title()).isEqualTo("BERITA ACARA (NODE 1)");
        assertThat(otherNode.active(TYPE).orElseThrow().customised()).isTrue();

        // A row written by another node straight into the database: this node's bean notices it too.
        String text = shippedText().replace("title: BERITA ACARA SERAH TERIMA", "title: BERITA ACARA (NODE 2)");
        String sha = LetterTemplates.sha256(text);
        jdbc.update("INSERT IGNORE INTO letter_template_text (sha256, text, created_at) VALUES (?, ?, ?)", sha, text,
                Timestamp.valueOf("2026-01-02 03:04:05"));
        jdbc.update("INSERT INTO letter_template_version (letter_type, version_no, kind, sha256, installed_by, "
                + "installed_by_name, installed_at, note) SELECT ?, MAX(version_no) + 1, 'INSTALLED', ?, ?, 'node 2', ?, NULL "
                + "FROM letter_template_version WHERE letter_type = ?", TYPE, sha, ADMIN.accountId(), Timestamp.valueOf("2026-01-02 03:04:05"), TYPE);
        assertThat(templates.find(TYPE).orElseThrow().title()).isEqualTo("BERITA ACARA (NODE 2)");
        assertThat(otherNode.find(TYPE).orElseThrow().title()).isEqualTo("BERITA ACARA (NODE 2)");
    }

    @Test
    void a_new_letter_type_is_installed_and_withdrawn_by_a_revert() {
        int types = templates.all().size();
        String text = shippedText().replace("title: BERITA ACARA SERAH TERIMA", "title: BERITA ACARA PINJAM PAKAI")
                .replace("services: alat-bantu, pemulangan-wts, pemulangan-gepeng, rujukan", "services: alat-bantu");
        TestUsers.callAs(ADMIN, () -> admin.install("berita-acara-pinjam-pakai.txt", text, "alat bantu dipinjamkan"));
        assertThat(templates.forService("alat-bantu", null)).extracting(LetterTemplate::code)
                .contains("berita-acara-pinjam-pakai");
        assertThat(templates.all()).hasSize(types + 1);

        TestUsers.callAs(ADMIN, () -> admin.revert("berita-acara-pinjam-pakai", null));
        assertThat(templates.find("berita-acara-pinjam-pakai")).isEmpty();
        assertThat(templates.all()).hasSize(types);
    }

    private String signedText(long letter) throws IOException {
        TestUsers.callAs(HEAD_OF_DIVISION, () -> letters.sign(letter));
        byte[] pdf = TestUsers.callAs(HEAD_OF_DIVISION, () -> {
            try (InputStream in = letters.download(letter).content()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return PdfChecks.text(pdf);
    }

    private String shippedText() {
        return templates.shippedFile(TYPE).orElseThrow().text();
    }

    private long versions() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM letter_template_version", Long.class);
        return count == null ? 0 : count;
    }

    /** Reverts whatever an earlier test (or an interrupted run) left installed. */
    @Test
    void an_installed_receipt_template_prints_the_next_receipts_and_is_still_no_letter_type() {
        String shipped = TestUsers.callAs(ADMIN, () -> admin.activeText("tanda-terima"));
        String changed = shipped.replaceFirst("(?m)^title: .*$", "title: BUKTI PENERIMAAN {{receipt.kind}}");
        assertThat(changed).isNotEqualTo(shipped);
        TestUsers.callAs(ADMIN, () -> admin.install("tanda-terima.txt", changed, "judul baru"));
        assertThat(templates.receipt(java.util.Locale.forLanguageTag("id")).title()).isEqualTo("BUKTI PENERIMAAN {{receipt.kind}}");
        assertThat(templates.all()).doesNotContainKey("tanda-terima");
        assertThat(templates.find("tanda-terima")).isEmpty();
        TestUsers.callAs(ADMIN, () -> admin.revert("tanda-terima", "kembali"));
        assertThat(templates.receipt(java.util.Locale.forLanguageTag("id")).title()).isNotEqualTo("BUKTI PENERIMAAN {{receipt.kind}}");
    }

    private void restoreShipped() {
        TestUsers.runAs(ADMIN, () -> admin.activeTemplates().stream().filter(LetterTemplates.ActiveTemplate::customised)
                .forEach(active -> admin.revert(active.template().code(), "test")));
    }
}
