package id.dinsos.portal.shared.storage;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keys of stored files: {@code yyyy/MM/<random UUID>}, e.g. {@code 2026/11/0f8f...}. Random, so that
 * nodes never collide and a key says nothing about the file or its owner; never built from anything
 * a person typed or named, so no upload can choose where it lands. The month spreads the files over
 * folders (and tells an administrator how old they are); it is the UTC month, which is all it is for.
 */
final class StorageKeys {

    private static final Pattern KEY = Pattern.compile(
            "[0-9]{4}/(0[1-9]|1[0-2])/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StorageKeys() {
    }

    static String newKey(Clock clock) {
        YearMonth month = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        return String.format("%04d/%02d/%s", month.getYear(), month.getMonthValue(), UUID.randomUUID());
    }

    static boolean isValid(String key) {
        return KEY.matcher(key).matches();
    }

    /**
     * @throws IllegalArgumentException for anything that is not a key this store made (such as
     *                                  {@code ../../etc/passwd}); the message does not repeat it
     */
    static String requireValid(String key) {
        if (key == null || !isValid(key)) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return key;
    }
}
