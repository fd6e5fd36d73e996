package id.dinsos.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough (length beats complexity rules, NIST SP 800-63B), not one of
 * the commonly used passwords, and not made of the person's own NIK, e-mail or name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common = new HashSet<>();

    public PasswordPolicy() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> common.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
    }

    /** The i18n key of what is wrong with the password, or empty when it is acceptable. */
    public Optional<String> check(String password, List<String> personalWords) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("validation.password.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("validation.password.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || password.chars().distinct().count() <= 2) {
            return Optional.of("validation.password.common");
        }
        for (String word : personalWords) {
            String w = word == null ? "" : word.toLowerCase(Locale.ROOT).strip();
            if (w.length() >= 4 && lower.contains(w)) {
                return Optional.of("validation.password.personal");
            }
        }
        return Optional.empty();
    }

    int commonCount() {
        return common.size();
    }
}
