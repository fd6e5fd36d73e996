package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The small pieces: keystore passwords encrypted under the configured secret, verification codes, masked names. */
class LetterKeysAndCodesTest {

    @Test
    void a_keystore_password_is_stored_encrypted_and_opens_only_with_the_same_secret() {
        KeySecret secret = new KeySecret("rahasia kantor");
        char[] password = KeySecret.newPassword();
        String stored = secret.encrypt(password);

        assertThat(stored).startsWith("v1:").doesNotContain(new String(password));
        assertThat(secret.encrypt(password)).as("a fresh IV every time").isNotEqualTo(stored);
        assertThat(new KeySecret("rahasia kantor").decrypt(stored)).isEqualTo(password);
        assertThatThrownBy(() -> new KeySecret("rahasia lain").decrypt(stored))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LETTER_KEY_SECRET");
    }

    @Test
    void without_a_secret_nothing_is_encrypted_and_the_error_names_the_setting() {
        KeySecret none = new KeySecret("");
        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.encrypt(KeySecret.newPassword())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LETTER_KEY_SECRET");
    }

    @Test
    void verification_codes_are_26_base32_characters_and_do_not_repeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.random();
            assertThat(VerificationCodes.looksLikeOne(code)).as(code).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
        assertThat(VerificationCodes.looksLikeOne("../../etc/passwd")).isFalse();
        assertThat(VerificationCodes.looksLikeOne("AAAAAAAAAAAAAAAAAAAAAAAAAA")).isFalse();
    }

    @Test
    void the_holder_s_name_keeps_only_the_first_letter_of_each_word() {
        assertThat(LetterVerification.mask("Siti Aminah")).isEqualTo("S*** A*****");
        assertThat(LetterVerification.mask("  Nyoman  Séptiani ")).isEqualTo("N***** S*******");
        assertThat(LetterVerification.mask("A")).isEqualTo("A*");
        assertThat(LetterVerification.mask(" ")).isNull();
    }

    @Test
    void a_qr_matrix_round_trips_through_the_encoder() throws Exception {
        String url = "https://layanan.example.go.id/verifikasi/" + VerificationCodes.random();
        boolean[][] modules = QrCodes.matrix(url);
        int n = modules.length;
        com.google.zxing.common.BitMatrix bits = new com.google.zxing.common.BitMatrix(n + 8);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (modules[y][x]) {
                    bits.set(x + 4, y + 4);
                }
            }
        }
        java.awt.image.BufferedImage image = com.google.zxing.client.j2se.MatrixToImageWriter.toBufferedImage(bits);
        java.awt.image.BufferedImage big = new java.awt.image.BufferedImage(image.getWidth() * 4, image.getHeight() * 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        big.getGraphics().drawImage(image, 0, 0, big.getWidth(), big.getHeight(), null);
        com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(big)));
        assertThat(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
    }
}
