package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

import id.dinsos.portal.support.Http;
import id.dinsos.portal.support.TestDatabaseConfiguration;

/**
 * The demo as a newcomer runs it: the accounts the README lists exist and sign in with the README's
 * password. The same context as the demo mailbox test (demo profile, own embedded database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The demo profile's own key secret would leave keys the other test contexts (one database) cannot open.
        properties = {"spring.mail.host=", "portal.data-dir=target/test-data-demo",
                "portal.letters.key-secret=test-only-letter-key-secret"})
@ActiveProfiles({"test", "demo"})
@Import(TestDatabaseConfiguration.class)
class DemoAccountsIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    ThrottledAuthenticationProvider signIn;
    @Autowired
    JdbcTemplate jdbc;

    private Authentication signIn(String identifier) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(identifier, DemoAccounts.PASSWORD));
    }

    private List<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(a -> a.getAuthority()).toList();
    }

    @Test
    void the_demo_citizen_and_the_organisation_admin_sign_in_by_email_or_nik() {
        assertThat(roles(signIn(DemoAccounts.CITIZEN_EMAIL))).contains("ROLE_CITIZEN").doesNotContain("ROLE_STAFF", "ROLE_ADMIN");
        assertThat(signIn(DemoAccounts.CITIZEN_NIK).isAuthenticated()).isTrue();
        assertThat(signIn(DemoAccounts.ORGANISATION_ADMIN_EMAIL).isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("""
                SELECT m.role FROM organisation_member m JOIN account_user u ON u.id = m.account_id
                WHERE u.email = ?""", String.class, DemoAccounts.ORGANISATION_ADMIN_EMAIL)).isEqualTo("ADMIN");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM organisation_document d JOIN organisation_member m
                  ON m.organisation_id = d.organisation_id JOIN account_user u ON u.id = m.account_id
                WHERE u.email = ? AND d.kind = 'AKTA' AND d.media_type = 'application/pdf' AND d.removed_at IS NULL""",
                Long.class, DemoAccounts.ORGANISATION_ADMIN_EMAIL)).as("a sample document in the library").isEqualTo(1);
    }

    @Test
    void there_is_one_staff_member_for_each_role_in_each_division_plus_secretary_head_and_administrator() {
        for (String unit : List.of("fakir-miskin", "linjamsos", "rehsos", "dayasos")) {
            assertThat(roles(signIn("petugas." + unit + "@demo.dinsos.id"))).contains("ROLE_STAFF", "ROLE_FRONT_OFFICE");
            assertThat(roles(signIn("pelaksana." + unit + "@demo.dinsos.id"))).contains("ROLE_VERIFIER");
            assertThat(roles(signIn("ketuatim." + unit + "@demo.dinsos.id"))).contains("ROLE_TEAM_LEAD");
            assertThat(roles(signIn("kabid." + unit + "@demo.dinsos.id"))).contains("ROLE_HEAD_OF_DIVISION");
        }
        assertThat(roles(signIn("sekretaris@demo.dinsos.id"))).contains("ROLE_SECRETARY");
        assertThat(roles(signIn("kadis@demo.dinsos.id"))).contains("ROLE_HEAD_OF_OFFICE");
        assertThat(roles(signIn(DemoAccounts.ADMIN_EMAIL))).contains("ROLE_ADMIN");
        var tksk = signIn(DemoAccounts.SOCIAL_WORKER_EMAIL);
        assertThat(roles(tksk)).contains("ROLE_SOCIAL_WORKER").doesNotContain("ROLE_FRONT_OFFICE");
        assertThat(((PortalUser) tksk.getPrincipal()).districtCode()).contains("32.16.05");
    }

    @Test
    void the_demo_api_key_is_a_working_partner_key() {
        var response = new Http(port).get("/api/v1/clients/me", "X-API-Key", DemoAccounts.API_KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("name").asString()).contains("DPMPTSP");
    }
}
