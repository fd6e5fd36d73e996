package id.dinsos.portal.letter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A signing key: a PKCS#12 keystore, its encrypted password, and whom it belongs to. */
@Table("letter_signing_key")
class SigningKeyRecord {

    enum Kind { CA, SIGNER }

    @Id
    private @Nullable Long id;
    private final Kind kind;
    private final @Nullable Long accountId;
    private final String signerName;
    private final @Nullable String signerRank;
    private final @Nullable String signerNip;
    private final String subject;
    private final String issuer;
    private final byte[] keystore;
    private final String keystorePassword;
    private final Instant notAfter;
    private final Instant createdAt;
    @Version
    private @Nullable Integer version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    SigningKeyRecord(@Nullable Long id, Kind kind, @Nullable Long accountId, String signerName,
                     @Nullable String signerRank, @Nullable String signerNip, String subject, String issuer,
                     byte[] keystore, String keystorePassword, Instant notAfter, Instant createdAt,
                     @Nullable Integer version) {
        this.id = id;
        this.kind = kind;
        this.accountId = accountId;
        this.signerName = signerName;
        this.signerRank = signerRank;
        this.signerNip = signerNip;
        this.subject = subject;
        this.issuer = issuer;
        this.keystore = keystore;
        this.keystorePassword = keystorePassword;
        this.notAfter = notAfter;
        this.createdAt = createdAt;
        this.version = version;
    }

    Kind kind() { return kind; }
    @Nullable Long accountId() { return accountId; }
    String signerName() { return signerName; }
    @Nullable String signerRank() { return signerRank; }
    @Nullable String signerNip() { return signerNip; }
    String subject() { return subject; }
    String issuer() { return issuer; }
    byte[] keystore() { return keystore; }
    String keystorePassword() { return keystorePassword; }
    Instant notAfter() { return notAfter; }

    @Override
    public String toString() {
        return "SigningKeyRecord[" + id + ", " + kind + "]";
    }
}
