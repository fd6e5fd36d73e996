package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;

/**
 * The sign-in form's POST through the real security chain, as the browser sends it: where it is
 * processed, how often a failure counts, and what the audit trail keeps.
 */
@IntegrationTest
class SignInIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> post(String identifier, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/masuk"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Registration verifiedCitizen() {
        Registration form = TestCitizens.form();
        registration.register(form, Languages.INDONESIAN);
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? AND template = 'verify-email'",
                String.class, form.email());
        registration.verifyEmail(body.replaceAll("(?s).*verifikasi-email\\?token=([A-Za-z0-9_-]+).*", "$1"));
        return form;
    }

    /** The throttle's key for an identifier (LoginThrottle's normalisation, then SHA-256). */
    private static String throttleKey(String identifier) {
        String normal = identifier.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
        return DefinitionFiles.sha256(normal.getBytes(StandardCharsets.UTF_8));
    }

    private List<Map<String, Object>> signInEvents(long accountId) {
        return jdbc.queryForList("""
                SELECT * FROM audit_event WHERE action LIKE 'SIGN_IN%' AND subject_type = 'ACCOUNT' AND subject_id = ?
                ORDER BY id""", String.valueOf(accountId));
    }

    @Test
    void a_wrong_password_is_refused_counted_once_and_audited_without_the_identifier() {
        Registration citizen = verifiedCitizen();
        long id = TestStaff.idOf(jdbc, citizen.email());

        HttpResponse<String> response = post(citizen.email(), "bukan sandinya sama sekali");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/masuk?error=credentials"));
        assertThat(jdbc.queryForObject("SELECT failures FROM account_login_attempt WHERE identifier_sha256 = ?",
                Integer.class, throttleKey(citizen.email()))).as("one wrong password, one failure").isEqualTo(1);
        assertThat(signInEvents(id)).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("SIGN_IN_FAILED");
            assertThat(e.get("actor_kind")).isEqualTo("ANONYMOUS");
            assertThat(e.get("detail")).isEqualTo("reason=credentials");
            assertThat(e.get("ip")).isEqualTo("127.0.0.1");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ? OR subject_id LIKE ?",
                Long.class, "%" + citizen.email() + "%", "%" + citizen.email() + "%")).isZero();
    }

    @Test
    void the_right_password_signs_in_and_is_audited_with_the_person_as_actor() {
        Registration citizen = verifiedCitizen();
        long id = TestStaff.idOf(jdbc, citizen.email());

        HttpResponse<String> response = post(citizen.nik(), citizen.password());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(signInEvents(id)).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("SIGN_IN_SUCCEEDED");
            assertThat(e.get("actor_kind")).isEqualTo("CITIZEN");
            assertThat(e.get("actor_account_id")).isEqualTo(id);
        });
    }

    @Test
    void an_unknown_identifier_fails_like_any_other_and_names_no_account() {
        long before = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND subject_id IS NULL", Long.class);
        HttpResponse<String> response = post("tidak-ada-" + System.nanoTime() + "@contoh.id", "apa saja sandinya");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/masuk?error=credentials"));
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND subject_id IS NULL", Long.class))
                .isEqualTo(before + 1);
    }
}
