package id.dinsos.portal.account;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Failed sign-ins for one identifier (its hash). After {@code limit} failures in a row the identifier
 * is locked for a while; a success clears the count.
 */
@Table("account_login_attempt")
class LoginAttempt implements Persistable<String> {

    @Id
    private final String identifierSha256;
    private int failures;
    private Instant lastFailureAt;
    private @Nullable Instant lockedUntil;
    @Version
    private @Nullable Integer version;
    @Transient
    private final boolean fresh;

    @PersistenceCreator
    LoginAttempt(String identifierSha256, int failures, Instant lastFailureAt, @Nullable Instant lockedUntil,
                 @Nullable Integer version) {
        this(identifierSha256, failures, lastFailureAt, lockedUntil, version, false);
    }

    private LoginAttempt(String identifierSha256, int failures, Instant lastFailureAt, @Nullable Instant lockedUntil,
                         @Nullable Integer version, boolean fresh) {
        this.identifierSha256 = identifierSha256;
        this.failures = failures;
        this.lastFailureAt = lastFailureAt;
        this.lockedUntil = lockedUntil;
        this.version = version;
        this.fresh = fresh;
    }

    static LoginAttempt first(String identifierSha256, Instant now) {
        return new LoginAttempt(identifierSha256, 0, now, null, null, true);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    /** Counts a failure; the {@code limit}-th in a row locks the identifier for {@code lockFor}. */
    void fail(Instant now, int limit, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // A lock that has run out starts a fresh count.
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= limit) {
            lockedUntil = now.plus(lockFor);
        }
    }

    int failures() {
        return failures;
    }

    @Override
    public String getId() {
        return identifierSha256;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}
