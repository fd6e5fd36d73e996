package id.dinsos.portal.letter;

import java.security.SecureRandom;

/** The code a letter's QR code and verification page carry: 128 random bits, base32 (26 characters, a–z and 2–7). */
final class VerificationCodes {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder out = new StringBuilder(26);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | b & 0xFF;
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[buffer >> bits - 5 & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[buffer << 5 - bits & 31]);
        }
        return out.toString();
    }

    /** Whether a text has the shape of a code (anything else is not looked up). */
    static boolean looksLikeOne(String text) {
        return text.matches("[a-z2-7]{26}");
    }
}
