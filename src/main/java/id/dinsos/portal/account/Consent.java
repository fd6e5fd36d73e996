package id.dinsos.portal.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Evidence that a person agreed to one purpose, under one version of its text, at one moment. */
@Table("account_consent")
class Consent {

    @Id
    private @Nullable Long id;
    private final Long accountId;
    private final String purpose;
    private final String textVersion;
    private final Instant givenAt;
    private @Nullable Instant withdrawnAt;
    @Version
    private @Nullable Integer version;

    Consent(@Nullable Long id, Long accountId, String purpose, String textVersion, Instant givenAt,
            @Nullable Instant withdrawnAt, @Nullable Integer version) {
        this.id = id;
        this.accountId = accountId;
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.givenAt = givenAt;
        this.withdrawnAt = withdrawnAt;
        this.version = version;
    }

    static Consent given(Long accountId, ConsentPurpose purpose, Instant at) {
        return new Consent(null, accountId, purpose.name(), purpose.textVersion(), at, null, null);
    }

    void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    String purpose() {
        return purpose;
    }

    String textVersion() {
        return textVersion;
    }

    Instant givenAt() {
        return givenAt;
    }

    @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }
}
