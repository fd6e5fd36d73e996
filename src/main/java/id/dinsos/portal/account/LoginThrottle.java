package id.dinsos.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.shared.DefinitionFiles;

/**
 * Counts failed sign-ins per identifier and locks it for a while after too many in a row. It counts
 * identifiers, not accounts, so an unknown e-mail is locked exactly like a known one and the lock
 * reveals nothing. Each record is its own transaction: a failed sign-in must still be counted.
 */
@Service
public class LoginThrottle {

    private final LoginAttempts attempts;
    private final Clock clock;
    private final int limit;
    private final Duration lockFor;

    LoginThrottle(LoginAttempts attempts, Clock clock, @Value("${portal.login.max-failures:10}") int limit,
                  @Value("${portal.login.lock-duration:PT15M}") Duration lockFor) {
        this.attempts = attempts;
        this.clock = clock;
        this.limit = limit;
        this.lockFor = lockFor;
    }

    /** Until when the identifier is locked, if it is now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String identifier) {
        Instant now = clock.instant();
        return attempts.findById(key(identifier)).filter(a -> a.lockedAt(now)).map(LoginAttempt::lockedUntil);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String identifier) {
        Instant now = clock.instant();
        LoginAttempt attempt = attempts.findById(key(identifier)).orElseGet(() -> LoginAttempt.first(key(identifier), now));
        attempt.fail(now, limit, lockFor);
        attempts.save(attempt);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String identifier) {
        attempts.deleteById(key(identifier));
    }

    private static String key(String identifier) {
        String normal = (identifier == null ? "" : identifier).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
        return DefinitionFiles.sha256(normal.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
