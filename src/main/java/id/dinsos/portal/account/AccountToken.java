package id.dinsos.portal.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A single-use link's record: only the hash of the token, its purpose and its expiry. */
@Table("account_token")
class AccountToken {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    @Id
    private @Nullable Long id;
    private final @Nullable Long accountId;
    private final String purpose;
    private final String tokenSha256;
    private final @Nullable String subject;
    private final Instant expiresAt;
    private @Nullable Instant usedAt;
    private final Instant createdAt;
    @Version
    private @Nullable Integer version;

    AccountToken(@Nullable Long id, @Nullable Long accountId, String purpose, String tokenSha256,
                 @Nullable String subject, Instant expiresAt, @Nullable Instant usedAt, Instant createdAt,
                 @Nullable Integer version) {
        this.id = id;
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenSha256 = tokenSha256;
        this.subject = subject;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    static AccountToken issue(Long accountId, Purpose purpose, String tokenSha256, Instant now, Instant expiresAt) {
        return new AccountToken(null, accountId, purpose.name(), tokenSha256, null, expiresAt, null, now, null);
    }

    boolean usableAt(Instant now, Purpose expected) {
        return usedAt == null && now.isBefore(expiresAt) && purpose.equals(expected.name());
    }

    void use(Instant at) {
        usedAt = at;
    }

    @Nullable Long accountId() {
        return accountId;
    }
}
