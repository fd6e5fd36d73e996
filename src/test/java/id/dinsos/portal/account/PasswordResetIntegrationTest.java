package id.dinsos.portal.account;

import id.dinsos.portal.shared.SingleUseTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;

/** "Forgot password" and the link that sets a new one, on MariaDB. */
@IntegrationTest
class PasswordResetIntegrationTest {

    static final String NEW_PASSWORD = "Sepeda ontel ke Tambun 88";

    @Autowired
    PasswordResetService passwords;
    @Autowired
    RegistrationService registration;
    @Autowired
    ThrottledAuthenticationProvider signIn;
    @Autowired
    JdbcTemplate jdbc;

    private Registration verifiedCitizen() {
        Registration form = TestCitizens.form();
        registration.register(form, Languages.INDONESIAN);
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? AND template = 'verify-email'",
                String.class, form.email());
        registration.verifyEmail(body.replaceAll("(?s).*verifikasi-email\\?token=([A-Za-z0-9_-]+).*", "$1"));
        return form;
    }

    private long mails(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE recipient = ? AND template = 'password-reset'",
                Long.class, email);
    }

    private Authentication signIn(String identifier, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(identifier, password));
    }

    @Test
    void forgot_password_answers_the_same_for_unknown_and_known_addresses_and_mails_only_the_known_one() {
        Registration known = verifiedCitizen();
        String unknown = "tidak-terdaftar-" + System.nanoTime() + "@contoh.id";
        long outboxBefore = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox", Long.class);

        // Same method, same (empty) answer, no exception either way: the page cannot tell them apart.
        passwords.requestReset(unknown, Languages.INDONESIAN);
        passwords.requestReset(" " + known.email().toUpperCase() + " ", Languages.ENGLISH);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox", Long.class)).isEqualTo(outboxBefore + 1);
        assertThat(mails(unknown)).isZero();
        Map<String, Object> mail = jdbc.queryForMap(
                "SELECT locale, body FROM notification_outbox WHERE recipient = ? AND template = 'password-reset'", known.email());
        assertThat(mail.get("locale")).isEqualTo("en");
        assertThat((String) mail.get("body")).contains("/akun/atur-sandi?token=").contains("valid for 60 minutes");
        long accountId = TestStaff.idOf(jdbc, known.email());
        assertThat(jdbc.queryForObject("""
                SELECT TIMESTAMPDIFF(MINUTE, created_at, expires_at) FROM account_token
                WHERE account_id = ? AND purpose = 'RESET_PASSWORD'""", Long.class, accountId)).isEqualTo(60);
    }

    @Test
    void the_link_sets_a_new_password_once() {
        Registration citizen = verifiedCitizen();
        passwords.requestReset(citizen.email(), Languages.INDONESIAN);
        String token = TestStaff.passwordToken(jdbc, citizen.email());
        assertThat(passwords.linkUsable(token)).isTrue();

        passwords.setPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(signIn(citizen.email(), NEW_PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(citizen.email(), citizen.password())).isInstanceOf(BadCredentialsException.class);
        assertThat(passwords.linkUsable(token)).isFalse();
        assertThatThrownBy(() -> passwords.setPassword(token, "Lagi lagi dan lagi 2027", "Lagi lagi dan lagi 2027"))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.reset.link"));
        assertThat(signIn(citizen.email(), NEW_PASSWORD).isAuthenticated()).as("unchanged by the second try").isTrue();
        long accountId = TestStaff.idOf(jdbc, citizen.email());
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE subject_type = 'ACCOUNT' AND subject_id = ? ORDER BY id",
                String.class, String.valueOf(accountId))).containsExactly("PASSWORD_RESET_REQUESTED", "PASSWORD_SET");
    }

    @Test
    void using_one_link_retires_the_others_and_an_expired_link_is_refused() {
        Registration citizen = verifiedCitizen();
        passwords.requestReset(citizen.email(), Languages.INDONESIAN);
        String first = TestStaff.passwordToken(jdbc, citizen.email());
        passwords.requestReset(citizen.email(), Languages.INDONESIAN);
        String second = TestStaff.passwordToken(jdbc, citizen.email());
        assertThat(second).isNotEqualTo(first);

        jdbc.update("UPDATE account_token SET expires_at = created_at WHERE token_sha256 = ?", SingleUseTokens.hash(first));
        assertThat(passwords.linkUsable(first)).isFalse();
        assertThatThrownBy(() -> passwords.setPassword(first, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(FormRejectedException.class);

        passwords.requestReset(citizen.email(), Languages.INDONESIAN);
        String third = TestStaff.passwordToken(jdbc, citizen.email());
        passwords.setPassword(third, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(passwords.linkUsable(second)).as("retired by the use of another").isFalse();
    }

    @Test
    void a_refused_password_leaves_the_link_usable() {
        Registration citizen = verifiedCitizen();
        passwords.requestReset(citizen.email(), Languages.INDONESIAN);
        String token = TestStaff.passwordToken(jdbc, citizen.email());

        assertThatThrownBy(() -> passwords.setPassword(token, "pendek", "lain"))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("password:validation.password.short", "passwordRepeat:validation.password.repeat"));
        assertThat(passwords.linkUsable(token)).isTrue();
        assertThat(signIn(citizen.email(), citizen.password()).isAuthenticated()).isTrue();
    }

    @Test
    void no_more_than_three_links_an_hour_reach_a_mailbox() {
        Registration citizen = verifiedCitizen();
        for (int i = 0; i < 5; i++) {
            passwords.requestReset(citizen.email(), Languages.INDONESIAN);
        }
        assertThat(mails(citizen.email())).isEqualTo(PasswordResetService.MAX_LINKS_PER_HOUR);
    }
}
