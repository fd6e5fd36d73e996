package id.dinsos.portal.account;

import id.dinsos.portal.shared.SingleUseTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;

/** Registration, verification and sign-in against the real database and the real security chain. */
@IntegrationTest
class RegistrationIntegrationTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    ThrottledAuthenticationProvider signIn;
    @Autowired
    JdbcTemplate jdbc;

    private String verificationToken(String email) {
        String body = jdbc.queryForObject(
                "SELECT body FROM notification_outbox WHERE recipient = ? AND template = 'verify-email' ORDER BY id DESC LIMIT 1",
                String.class, email);
        Matcher m = Pattern.compile("verifikasi-email\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("the mail carries the link").isTrue();
        return m.group(1);
    }

    private Authentication signIn(String identifier, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(identifier, password));
    }

    @Test
    void a_registration_stores_the_account_its_consents_and_queues_the_verification_mail_in_the_persons_language() {
        Registration form = TestCitizens.form();
        long id = registration.register(form, Languages.ENGLISH);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM account_user WHERE id = ?", id);
        assertThat(row.get("nik")).isEqualTo(form.nik());
        assertThat(row.get("phone")).isEqualTo("+62" + form.phone().substring(1));
        assertThat((String) row.get("password_hash")).startsWith("{argon2}").doesNotContain(form.password());
        assertThat(row.get("email_verified_at")).isNull();
        assertThat(jdbc.queryForList("SELECT purpose, text_version FROM account_consent WHERE account_id = ?", id))
                .extracting(r -> r.get("purpose") + "@" + r.get("text_version"))
                .containsExactly("PRIVACY_NOTICE@" + ConsentPurpose.PRIVACY_NOTICE.textVersion());
        Map<String, Object> mail = jdbc.queryForMap(
                "SELECT locale, subject, status FROM notification_outbox WHERE recipient = ?", form.email());
        assertThat(mail.get("locale")).isEqualTo("en");
        assertThat(mail.get("status")).isEqualTo("PENDING");
    }

    @Test
    void every_problem_of_a_form_is_reported_at_once_with_its_own_message() {
        Registration bad = new Registration(" ", "3216051303900000", "bukan-email", "0841234567", "99.99",
                "", null, "password1", "password2", java.util.Set.of());
        assertThatThrownBy(() -> registration.register(bad, Languages.INDONESIAN))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("fullName:validation.name.required",
                                "nik:validation.nik.serial", "email:validation.email.format",
                                "phone:validation.phone.prefix", "region:validation.region.required",
                                "addressLine:validation.address.required", "password:validation.password.short",
                                "passwordRepeat:validation.password.repeat",
                                "consent.PRIVACY_NOTICE:validation.consent.required"));
    }

    @Test
    void one_nik_and_one_email_make_one_account() {
        Registration first = TestCitizens.form();
        registration.register(first, Languages.INDONESIAN);
        Registration sameNik = TestCitizens.withNik(TestCitizens.form(), first.nik());
        Registration sameEmail = TestCitizens.withEmail(TestCitizens.form(), first.email().toUpperCase(Locale.ROOT));
        assertThatThrownBy(() -> registration.register(sameNik, Languages.INDONESIAN))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.nik.taken"));
        assertThatThrownBy(() -> registration.register(sameEmail, Languages.INDONESIAN))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.email.taken"));
    }

    @Test
    void the_verification_link_works_once_and_then_sign_in_by_email_or_nik_succeeds() {
        Registration form = TestCitizens.form();
        registration.register(form, Languages.INDONESIAN);

        assertThatThrownBy(() -> signIn(form.email(), form.password()))
                .as("not before the e-mail is confirmed").isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> signIn(form.email(), "wrong password entirely"))
                .as("a wrong password says nothing about the account's state").isInstanceOf(BadCredentialsException.class);

        String token = verificationToken(form.email());
        assertThat(registration.verifyEmail(token)).isTrue();
        assertThat(registration.verifyEmail(token)).as("single use").isFalse();
        assertThat(registration.verifyEmail("made-up-token")).isFalse();

        assertThat(signIn(form.email().toUpperCase(Locale.ROOT), form.password()).getPrincipal())
                .isInstanceOfSatisfying(PortalUser.class, u -> assertThat(u.fullName()).isEqualTo("Siti Rahmawati"));
        assertThat(signIn(form.nik(), form.password()).isAuthenticated()).isTrue();
    }

    @Test
    void an_expired_verification_link_is_refused() {
        Registration form = TestCitizens.form();
        registration.register(form, Languages.INDONESIAN);
        String token = verificationToken(form.email());
        jdbc.update("UPDATE account_token SET expires_at = created_at WHERE token_sha256 = ?", SingleUseTokens.hash(token));
        assertThat(registration.verifyEmail(token)).isFalse();
    }

    @Test
    void ten_wrong_passwords_lock_sign_in_and_the_right_password_then_fails_too() {
        Registration form = TestCitizens.form();
        registration.register(form, Languages.INDONESIAN);
        registration.verifyEmail(verificationToken(form.email()));

        for (int i = 0; i < 9; i++) {
            assertThatThrownBy(() -> signIn(form.email(), "salah sekali lagi")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(form.email(), "salah sekali lagi"))
                .as("the tenth failure locks").isInstanceOf(ThrottledAuthenticationProvider.SignInLockedException.class);
        assertThatThrownBy(() -> signIn(form.email(), form.password()))
                .as("the eleventh attempt, with the right password, during the lock")
                .isInstanceOf(ThrottledAuthenticationProvider.SignInLockedException.class);
    }

    @Test
    void an_unknown_identifier_is_locked_exactly_like_a_known_one() {
        List<Class<?>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            try {
                signIn("tidak-ada-" + System.identityHashCode(outcomes) + "@contoh.id", "apa saja sandinya");
            } catch (RuntimeException e) {
                outcomes.add(e.getClass());
            }
        }
        assertThat(outcomes.subList(0, 9)).containsOnly(BadCredentialsException.class);
        assertThat(outcomes.subList(9, 11)).containsOnly(ThrottledAuthenticationProvider.SignInLockedException.class);
    }
}
