package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(policy.check("Kursi roda untuk ibu saya 2026", List.of("siti", "3216055203900001"))).isEmpty();
    }

    @Test
    void a_short_password_is_refused() {
        assertThat(policy.check("Abc12345!", List.of())).contains("validation.password.short");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(policy.commonCount()).isGreaterThan(150);
        assertThat(policy.check("Indonesia123", List.of())).contains("validation.password.common");
        assertThat(policy.check("BISMILLAH123", List.of())).contains("validation.password.common");
        assertThat(policy.check("aaaaaaaaaaaa", List.of())).contains("validation.password.common");
    }

    @Test
    void a_password_made_of_the_persons_own_nik_name_or_email_is_refused() {
        assertThat(policy.check("x3216055203900001", List.of("3216055203900001"))).contains("validation.password.personal");
        assertThat(policy.check("rahmawati-ku-2026", List.of("Siti", "Rahmawati"))).contains("validation.password.personal");
    }
}
