package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;

/** A person's rights over their own account (UU 27/2022), on the real database. */
@IntegrationTest
class AccountServiceIntegrationTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    ThrottledAuthenticationProvider signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private Registration verifiedCitizen() {
        Registration form = TestCitizens.form();
        registration.register(form, Languages.INDONESIAN);
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1",
                String.class, form.email());
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        assertThat(registration.verifyEmail(m.group(1))).isTrue();
        return form;
    }

    @Test
    void without_a_signed_in_person_nothing_is_answered() {
        assertThatThrownBy(() -> accounts.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.export()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_download_holds_the_persons_own_data_and_consents_and_nobody_elses() {
        Registration other = verifiedCitizen();
        Registration me = verifiedCitizen();
        SignedIn.as(users, me.email());

        Map<String, Object> data = accounts.export();
        Map<String, Object> account = (Map<String, Object>) data.get("account");
        assertThat(account.get("nik")).isEqualTo(me.nik());
        assertThat(account.get("email")).isEqualTo(me.email());
        assertThat(account.get("region")).isEqualTo("Satriajaya");
        assertThat((List<Map<String, Object>>) data.get("consents")).extracting(c -> c.get("purpose"))
                .containsExactly("PRIVACY_NOTICE");
        assertThat(data.toString()).doesNotContain(other.nik()).doesNotContain(other.email());
        assertThat(accounts.mine().nikMasked()).isEqualTo(me.nik().substring(0, 4) + "••••••••" + me.nik().substring(12));
    }

    @Test
    void a_person_corrects_contact_data_with_the_same_checks_as_registration() {
        Registration me = verifiedCitizen();
        SignedIn.as(users, me.email());
        accounts.correct("Siti Rahmawati Putri", "0857 1111 2222", "32.16.05.2001", "Jl. Mawar No. 1", null);
        assertThat(accounts.mine().fullName()).isEqualTo("Siti Rahmawati Putri");
        assertThat(accounts.mine().phone()).isEqualTo("+6285711112222");
        assertThatThrownBy(() -> accounts.correct("Siti", "0841 1111 2222", "32.16.05.2001", "Jl. Mawar No. 1", null))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("phone"));
    }

    @Test
    void withdrawing_an_optional_consent_is_recorded_not_erased() {
        Registration me = verifiedCitizen();
        SignedIn.as(users, me.email());
        accounts.setConsent(ConsentPurpose.SURVEY_CONTACT, true);
        accounts.setConsent(ConsentPurpose.SURVEY_CONTACT, false);
        assertThat(accounts.mine().consents()).containsExactly(ConsentPurpose.PRIVACY_NOTICE);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT withdrawn_at FROM account_consent c JOIN account_user u ON u.id = c.account_id "
                        + "WHERE u.email = ? AND c.purpose = 'SURVEY_CONTACT'", me.email());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("withdrawn_at")).isNotNull();
        assertThatThrownBy(() -> accounts.setConsent(ConsentPurpose.PRIVACY_NOTICE, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signing_out_everywhere_invalidates_the_epoch_every_session_carries() {
        Registration me = verifiedCitizen();
        PortalUser before = SignedIn.as(users, me.email());
        accounts.signOutEverywhere();
        PortalUser after = (PortalUser) users.loadUserByUsername(me.email());
        assertThat(after.sessionEpoch()).isEqualTo(before.sessionEpoch() + 1);
    }

    @Test
    void a_closed_account_keeps_what_the_law_requires_drops_contact_details_and_cannot_sign_in() {
        Registration me = verifiedCitizen();
        SignedIn.as(users, me.email());
        accounts.setConsent(ConsentPurpose.SURVEY_CONTACT, true);
        accounts.close();
        SignedIn.out();

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM account_user WHERE email = ?", me.email());
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("nik")).isEqualTo(me.nik());
        assertThat(row.get("full_name")).isNotNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("address_line")).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_consent WHERE account_id = ? AND withdrawn_at IS NULL",
                Integer.class, row.get("id"))).isZero();
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(me.email(),
                me.password()))).isInstanceOf(DisabledException.class);
    }
}
