package id.dinsos.portal.intake.web;

import static id.dinsos.portal.account.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.intake.ApplicationDetails;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.DocumentInfo;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.intake.TestApplications.Upload;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;

/**
 * The receipt and file downloads over HTTP, through the real security chain and the real servlet
 * mapping (Spring MVC beside Vaadin at /*): a citizen signed in at /masuk with the session cookie, as
 * a browser would be.
 */
@IntegrationTest
class ApplicationDownloadHttpTest {

    /** A name with spaces, an en dash and an accent: only filename* carries it intact. */
    static final String PHOTO_NAME = "Foto Ibu Séptiani – kursi roda.pdf";

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationService intake;
    @Autowired
    RegistrationService registration;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;

    Citizen pemohon;
    Citizen tetangga;
    byte[] photo;
    long applicationId;
    ApplicationDetails details;
    DocumentInfo photoInfo;

    @BeforeEach
    void aSubmittedApplication() {
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Siti Rahmawati");
        tetangga = TestAccounts.verifiedCitizen(registration, jdbc, "Bambang Sutrisno");
        // Bytes of this test only, so that the download is known to be this file and no other.
        photo = (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "% " + System.nanoTime() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        Map<String, Upload> uploads = TestApplications.defaultUploads();
        uploads.put("foto", new Upload(PHOTO_NAME, photo));
        applicationId = TestApplications.submittedAlatBantu(intake, store, pemohon, null, uploads);
        details = as(pemohon, () -> intake.details(applicationId));
        photoInfo = details.documents().stream().filter(d -> d.requirementCode().equals("foto")).findFirst().orElseThrow();
    }

    /** A browser with a cookie jar that does not follow redirects, signed in as the citizen (or not). */
    final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Browser signIn(Citizen citizen) {
            String form = "username=" + URLEncoder.encode(citizen.email(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(citizen.password(), StandardCharsets.UTF_8);
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/masuk"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            return this;
        }

        HttpResponse<byte[]> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        private HttpResponse<byte[]> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    String receiptPath(long id) {
        return "/permohonan/" + id + "/tanda-terima.pdf";
    }

    String documentPath(long id, long documentId) {
        return "/permohonan/" + id + "/berkas/" + documentId;
    }

    static boolean isPdf(byte[] body) {
        return body.length > 5 && new String(body, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    @Test
    void the_applicant_downloads_the_receipt_as_an_attachment_that_no_cache_keeps() {
        HttpResponse<byte[]> response = new Browser().signIn(pemohon).get(receiptPath(applicationId));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(isPdf(response.body())).isTrue();
        assertThat(response.headers().allValues("Content-Type")).containsExactly("application/pdf");
        assertThat(response.headers().allValues("Content-Disposition"))
                .containsExactly("attachment; filename=\"tanda-terima-" + details.trackingNumber() + ".pdf\"");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().firstValue("Pragma")).isEmpty();
    }

    @Test
    void the_applicant_downloads_their_file_byte_for_byte_under_its_original_name() {
        HttpResponse<byte[]> response = new Browser().signIn(pemohon).get(documentPath(applicationId, photoInfo.id()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(photo);
        assertThat(TestFiles.sha256(response.body())).isEqualTo(TestFiles.sha256(photo)).isEqualTo(photoInfo.sha256());
        assertThat(response.headers().allValues("Content-Type")).containsExactly("application/pdf");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(photo.length);
        assertThat(response.headers().allValues("Content-Disposition")).containsExactly(
                "attachment; filename=\"Foto Ibu Septiani _ kursi roda.pdf\"; "
                        + "filename*=UTF-8''Foto%20Ibu%20S%C3%A9ptiani%20%E2%80%93%20kursi%20roda.pdf");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void another_citizen_finds_nothing_exactly_as_for_an_id_that_does_not_exist() {
        long otherDraft = TestApplications.alatBantuDraft(intake, store, tetangga, null, TestApplications.defaultUploads());
        long othersDocument = as(tetangga, () -> intake.details(otherDraft)).documents().getFirst().id();
        Browser tetanggaBrowser = new Browser().signIn(tetangga);
        Browser pemohonBrowser = new Browser().signIn(pemohon);

        HttpResponse<byte[]> missing = tetanggaBrowser.get(receiptPath(applicationId + 1_000_000));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(missing.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("Tidak ditemukan");

        for (HttpResponse<byte[]> response : new HttpResponse[] {
                tetanggaBrowser.get(receiptPath(applicationId)),
                tetanggaBrowser.get(documentPath(applicationId, photoInfo.id())),
                tetanggaBrowser.get(documentPath(applicationId + 1_000_000, photoInfo.id())),
                tetanggaBrowser.get("/permohonan/bukan-angka/tanda-terima.pdf"),
                // the applicant's own application, but a file of another one
                pemohonBrowser.get(documentPath(applicationId, othersDocument)),
                pemohonBrowser.get(documentPath(applicationId, Long.MAX_VALUE)),
                // the applicant's own draft has no receipt yet
                new Browser().signIn(tetangga).get(receiptPath(otherDraft))}) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
            assertThat(response.body()).as(response.uri().toString()).isEqualTo(missing.body());
            assertThat(isPdf(response.body())).isFalse();
        }
    }

    @Test
    void an_anonymous_browser_is_sent_to_sign_in_and_gets_no_bytes() {
        Browser anonymous = new Browser();
        for (String path : new String[] {receiptPath(applicationId), documentPath(applicationId, photoInfo.id()),
                receiptPath(applicationId + 1_000_000)}) {
            HttpResponse<byte[]> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/masuk"));
            assertThat(isPdf(response.body())).isFalse();
            assertThat(Arrays.equals(response.body(), photo)).isFalse();
        }
    }
}
