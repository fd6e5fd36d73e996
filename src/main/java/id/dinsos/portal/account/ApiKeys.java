package id.dinsos.portal.account;

import id.dinsos.portal.shared.SingleUseTokens;
import java.nio.charset.StandardCharsets;

import id.dinsos.portal.shared.DefinitionFiles;

/**
 * API keys: {@code pls_} and 256 random bits (URL-safe), so a leaked key is recognisable in a scan
 * of code or logs. Stored as SHA-256: a key is random and long, so a fast hash is enough (unlike a
 * password, it cannot be guessed from a dictionary).
 */
final class ApiKeys {

    static final String PREFIX = "pls_";
    static final int SHOWN_PREFIX_LENGTH = 8;

    private ApiKeys() {
    }

    static String newKey() {
        return PREFIX + SingleUseTokens.newToken();
    }

    static String hash(String key) {
        return DefinitionFiles.sha256(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The first characters of a key, to tell keys apart on screen without showing the key. */
    static String prefix(String key) {
        return key.substring(0, Math.min(SHOWN_PREFIX_LENGTH, key.length()));
    }
}
