package id.dinsos.portal.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random single-use tokens for the links the portal mails (e-mail verification, password links,
 * invitations), and the hash under which they are stored: a leaked table hands out no working link.
 */
public final class SingleUseTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SingleUseTokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 under which a token is stored and looked up. */
    public static String hash(String token) {
        return DefinitionFiles.sha256(token.getBytes(StandardCharsets.UTF_8));
    }
}
