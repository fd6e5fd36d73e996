package id.dinsos.portal.account;

import static id.dinsos.portal.account.TestUsers.callAs;
import static id.dinsos.portal.account.TestUsers.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.support.Http;
import id.dinsos.portal.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Partner systems' API keys, over HTTP as a partner calls: created, used, rotated, revoked. */
@IntegrationTest
class ApiClientIntegrationTest {

    static final String ME = "/api/v1/clients/me";

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    StaffService staff;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    PortalUser admin;

    @BeforeEach
    void anAdministrator() {
        admin = TestStaff.signedInAdmin(staff, passwords, users, jdbc);
    }

    private Http http() {
        return new Http(port);
    }

    private HttpResponse<String> me(String key) {
        return http().get(ME, "Authorization", "Bearer " + key);
    }

    private NewApiKey create(String name, String... scopes) {
        return callAs(admin, () -> clients.create(name + " " + System.nanoTime(), List.of(scopes)));
    }

    private static void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    @Test
    void a_valid_key_identifies_its_client_with_its_scopes_in_either_header() {
        NewApiKey key = create("DPMPTSP", ApiScopes.APPLICATIONS_WRITE, ApiScopes.CATALOGUE_READ);

        HttpResponse<String> bearer = me(key.key());
        assertThat(bearer.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(bearer);
        assertThat(body.get("name").asString()).isEqualTo(key.clientName());
        assertThat(body.get("scopes").values()).extracting(JsonNode::asString)
                .containsExactly(ApiScopes.CATALOGUE_READ, ApiScopes.APPLICATIONS_WRITE);

        assertThat(http().get(ME, "X-API-Key", key.key()).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_client WHERE id = ?", java.sql.Timestamp.class,
                key.clientId())).as("the last use is noted").isNotNull();
    }

    @Test
    void without_a_key_or_with_a_wrong_one_the_answer_is_401_with_a_json_problem() {
        assertUnauthorizedProblem(http().get(ME));
        assertUnauthorizedProblem(me("pls_not-a-key-at-all"));
        assertUnauthorizedProblem(http().get(ME, "X-API-Key", "something"));
        assertUnauthorizedProblem(http().get("/api/v1/anything-else"));
    }

    @Test
    void the_public_catalogue_needs_no_key() {
        assertThat(http().get("/api/v1/services").statusCode()).isEqualTo(200);
        assertThat(http().get("/api/v1/services/sjpp").statusCode()).isEqualTo(200);
        NewApiKey key = create("Website", ApiScopes.CATALOGUE_READ);
        assertThat(http().get("/api/v1/services", "Authorization", "Bearer " + key.key()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_revoked_key_stops_working() {
        NewApiKey key = create("Dinsos Provinsi", ApiScopes.APPLICATIONS_READ);
        assertThat(me(key.key()).statusCode()).isEqualTo(200);

        runAs(admin, () -> clients.revoke(key.clientId()));

        assertUnauthorizedProblem(me(key.key()));
        assertThat(callAs(admin, () -> clients.list(0, 1000))).filteredOn(c -> c.id() == key.clientId()).singleElement()
                .satisfies(c -> assertThat(c.revoked()).isTrue());
        assertThatThrownBy(() -> runAs(admin, () -> clients.rotate(key.clientId())))
                .isInstanceOf(FormRejectedException.class);
    }

    @Test
    void after_a_rotation_the_old_key_fails_and_the_new_one_works() {
        NewApiKey old = create("BPJS", ApiScopes.CATALOGUE_READ);
        NewApiKey rotated = callAs(admin, () -> clients.rotate(old.clientId()));

        assertThat(rotated.key()).isNotEqualTo(old.key());
        assertUnauthorizedProblem(me(old.key()));
        assertThat(me(rotated.key()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_key_is_never_stored_in_clear() {
        NewApiKey key = create("Kecamatan", ApiScopes.CATALOGUE_READ);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM api_client WHERE id = ?", key.clientId());

        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(key.key()));
        assertThat(row.get("key_hash")).isEqualTo(DefinitionFiles.sha256(key.key().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(row.get("key_prefix")).isEqualTo(key.key().substring(0, 8));
        assertThat(key.key()).startsWith("pls_").hasSizeGreaterThan(40);
        assertThat(key.toString()).doesNotContain(key.key());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", Long.class,
                "%" + key.key().substring(8) + "%")).isZero();
    }

    @Test
    void only_an_administrator_manages_clients_and_every_change_is_audited() {
        PortalUser verifier = TestUsers.staff(5, "rehsos", StaffRole.VERIFIER, StaffRole.HEAD_OF_OFFICE);
        assertThatThrownBy(() -> callAs(verifier, () -> clients.create("Siapa saja", List.of(ApiScopes.CATALOGUE_READ))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callAs(TestUsers.citizen(6), () -> clients.list(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(verifier, () -> clients.revoke(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callAs(verifier, () -> clients.rotate(1))).isInstanceOf(AccessDeniedException.class);

        NewApiKey key = create("Diaudit", ApiScopes.CATALOGUE_READ);
        NewApiKey rotated = callAs(admin, () -> clients.rotate(key.clientId()));
        runAs(admin, () -> clients.revoke(key.clientId()));

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT * FROM audit_event WHERE subject_type = 'API_CLIENT' AND subject_id = ? ORDER BY id",
                String.valueOf(key.clientId()));
        assertThat(events).extracting(e -> e.get("action"))
                .containsExactly("API_CLIENT_CREATED", "API_CLIENT_KEY_ROTATED", "API_CLIENT_REVOKED");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("actor_kind")).isEqualTo("STAFF");
            assertThat(e.get("actor_account_id")).isEqualTo(admin.accountId());
        });
        assertThat(events.get(0).get("detail")).isEqualTo("scopes=catalogue:read");
        assertThat(events.get(1).get("detail")).isEqualTo("prefix=" + rotated.key().substring(0, 8));
    }

    @Test
    void a_client_needs_a_free_name_and_known_scopes() {
        NewApiKey first = create("Unik", ApiScopes.CATALOGUE_READ);
        assertThatThrownBy(() -> callAs(admin, () -> clients.create(first.clientName(), List.of(ApiScopes.CATALOGUE_READ))))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.apiclient.name.taken"));
        assertThatThrownBy(() -> callAs(admin, () -> clients.create(" ", List.of("everything:write"))))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("name:validation.apiclient.name", "scopes:validation.apiclient.scopes"));
    }
}
