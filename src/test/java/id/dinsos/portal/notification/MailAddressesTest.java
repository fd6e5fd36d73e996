package id.dinsos.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A citizen's address: checked before it is queued, never logged in full. */
class MailAddressesTest {

    @Test
    void ordinary_addresses_are_accepted() {
        assertThat(MailAddresses.isValid("budi@example.org")).isTrue();
        assertThat(MailAddresses.isValid("siti.rahayu+portal@mail.bekasikab.go.id")).isTrue();
    }

    @Test
    void anything_but_one_bare_address_with_a_domain_is_refused() {
        assertThat(MailAddresses.isValid("")).isFalse();
        assertThat(MailAddresses.isValid("budi")).isFalse();
        assertThat(MailAddresses.isValid("budi@")).isFalse();
        assertThat(MailAddresses.isValid("budi@example")).as("no dot in the domain").isFalse();
        assertThat(MailAddresses.isValid("budi@@example.org")).isFalse();
        assertThat(MailAddresses.isValid("budi santoso@example.org")).isFalse();
        assertThat(MailAddresses.isValid(" budi@example.org")).isFalse();
        assertThat(MailAddresses.isValid("Budi <budi@example.org>")).as("a display name").isFalse();
        assertThat(MailAddresses.isValid("budi@example.org, siti@example.org")).as("a list").isFalse();
        assertThat(MailAddresses.isValid("budi@example.org\r\nBcc: all@example.org")).isFalse();
        assertThat(MailAddresses.isValid("a".repeat(250) + "@example.org")).as("too long").isFalse();
    }

    @Test
    void a_masked_address_keeps_the_first_letter_and_the_domain() {
        assertThat(MailAddresses.mask("budi.santoso@Example.org")).isEqualTo("b***@example.org");
        assertThat(MailAddresses.mask("not-an-address")).isEqualTo("***");
    }

    @Test
    void every_address_in_a_server_message_is_masked() {
        assertThat(MailAddresses.maskAll("550 5.1.1 <budi.santoso@example.org>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <b***@example.org>: Recipient address rejected");
    }

    @Test
    void the_senders_error_text_is_short_and_free_of_addresses() {
        Exception e = new org.springframework.mail.MailSendException("Failed messages",
                new jakarta.mail.SendFailedException("Invalid Addresses: siti.rahayu@example.org " + "x".repeat(400)));
        String text = OutboxSender.describe(e);
        assertThat(text).startsWith("MailSendException / SendFailedException: Invalid Addresses: s***@example.org")
                .doesNotContain("siti.rahayu")
                .hasSizeLessThanOrEqualTo(OutboxMail.MAX_ERROR_LENGTH);
    }
}
