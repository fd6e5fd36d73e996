package id.dinsos.portal.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.organisation.DocumentKind;
import id.dinsos.portal.organisation.LegalForm;
import id.dinsos.portal.organisation.OrganisationDocumentService;
import id.dinsos.portal.organisation.OrganisationProfile;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;

/**
 * GET /organisasi/{id}/dokumen/{documentId} through the real security chain, signed in with the
 * session cookie the sign-in form gives: a member gets the bytes as a download, another signed-in
 * citizen gets 404 exactly as for a missing id, and an anonymous visitor is sent to sign in.
 */
@IntegrationTest
class OrganisationDocumentDownloadHttpTest {

    private static final String NAME = "Akta Yayasan – Kasih \"Bunda\".pdf";

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationDocumentService library;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A browser of its own: a cookie jar, redirects not followed. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpClient signedIn(Citizen citizen) {
        HttpClient client = browser();
        String form = "username=" + URLEncoder.encode(citizen.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(citizen.password(), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(client, HttpRequest.newBuilder(uri("/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) {
        return send(client, HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void a_member_downloads_the_bytes_another_citizen_gets_404_and_an_anonymous_visitor_is_sent_to_sign_in() {
        Citizen ketua = TestAccounts.verifiedCitizen(registration, jdbc, "Ahmad Fauzi");
        Citizen stranger = TestAccounts.verifiedCitizen(registration, jdbc, "Rudi Hartono");
        byte[] pdf = TestFiles.pdf();
        long organisationId = TestAccounts.as(ketua, () -> organisations.create(new OrganisationProfile(
                "Yayasan Kasih Bunda", LegalForm.YAYASAN, "12", LocalDate.of(2015, 3, 12),
                "AHU-0012345.AH.01.04.Tahun 2015", "01.234.567.4-123.000",
                "Jl. Mawar No. 7, Cikarang Pusat, Kabupaten Bekasi", "Hj. Siti Aminah")));
        long documentId = TestAccounts.as(ketua, () -> library.add(organisationId, DocumentKind.AKTA, null,
                store.store(new ByteArrayInputStream(pdf), NAME))).id();
        String path = "/organisasi/" + organisationId + "/dokumen/" + documentId;

        HttpResponse<byte[]> member = get(signedIn(ketua), path);
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.body()).isEqualTo(pdf);
        assertThat(member.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(member.headers().firstValue("Content-Length")).hasValue(String.valueOf(pdf.length));
        assertThat(member.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Akta Yayasan _ Kasih _Bunda_.pdf\"; "
                        + "filename*=UTF-8''Akta%20Yayasan%20%E2%80%93%20Kasih%20%22Bunda%22.pdf");
        assertThat(member.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(member.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'ORGANISATION_DOCUMENT_OPENED' "
                + "AND subject_id = ? AND actor_account_id = ?", Long.class, String.valueOf(documentId), ketua.id()))
                .isEqualTo(1);

        HttpClient strangersBrowser = signedIn(stranger);
        HttpResponse<byte[]> someoneElses = get(strangersBrowser, path);
        String missingPath = "/organisasi/" + (organisationId + 1_000_000) + "/dokumen/" + (documentId + 1_000_000);
        HttpResponse<byte[]> missing = get(strangersBrowser, missingPath);
        assertThat(someoneElses.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        // The same answer, but for the path it names.
        assertThat(new String(someoneElses.body(), StandardCharsets.UTF_8).replace(path, "{path}"))
                .isEqualTo(new String(missing.body(), StandardCharsets.UTF_8).replace(missingPath, "{path}"))
                .doesNotContain("%PDF");
        assertThat(someoneElses.headers().firstValue("Content-Type"))
                .isEqualTo(missing.headers().firstValue("Content-Type"));

        HttpResponse<byte[]> anonymous = get(browser(), path);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/masuk"));
        assertThat(anonymous.body()).isEmpty();
    }
}
