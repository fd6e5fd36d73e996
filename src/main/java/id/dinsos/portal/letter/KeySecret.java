package id.dinsos.portal.letter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts the keystores' passwords for the database with AES-256-GCM under a key derived from
 * {@code portal.letters.key-secret} ({@code LETTER_KEY_SECRET}): a database dump alone opens no key.
 * Stored as {@code v1:<base64 of 12-byte IV + ciphertext + tag>}; the version prefix lets a later
 * scheme (a KMS, an HSM) take over.
 */
final class KeySecret {

    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final @Nullable SecretKeySpec key;

    KeySecret(@Nullable String secret) {
        if (secret == null || secret.isBlank()) {
            this.key = null;
            return;
        }
        try {
            // The configured text may be a passphrase: SHA-256 with a fixed context gives 256 bits of key.
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("portal-letters-keystore-password-v1:".getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(sha.digest(secret.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean configured() {
        return key != null;
    }

    String encrypt(char[] password) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(128, iv));
            byte[] plain = new String(password).getBytes(StandardCharsets.UTF_8);
            byte[] sealed = cipher.doFinal(plain);
            Arrays.fill(plain, (byte) 0);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a keystore password", e);
        }
    }

    char[] decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown keystore password format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(128, in, 0, 12));
            byte[] plain = cipher.doFinal(in, 12, in.length - 12);
            char[] password = new String(plain, StandardCharsets.UTF_8).toCharArray();
            Arrays.fill(plain, (byte) 0);
            return password;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keystore password does not open with portal.letters.key-secret "
                    + "(LETTER_KEY_SECRET): was the secret changed?", e);
        }
    }

    /** A random password for a new keystore. */
    static char[] newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private SecretKeySpec requireKey() {
        if (key == null) {
            throw new IllegalStateException("Letters cannot be signed: set portal.letters.key-secret (LETTER_KEY_SECRET), "
                    + "the secret that encrypts the signing keys' passwords (docs/adr/0020)");
        }
        return key;
    }
}
