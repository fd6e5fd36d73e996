package id.dinsos.portal.letter;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * One letter, from its draft to its signature and perhaps its revocation. The paraf steps are an
 * aggregate of their own ({@link ParafStep}, only ever added); this row carries the state, the step
 * the chain has reached and the version that makes two people acting at once find out.
 */
@Table("letter")
class Letter {

    @Id
    private @Nullable Long id;
    private final @Nullable Long applicationId;
    private final String letterType;
    private final String unitCode;
    private LetterStatus status;
    private int parafStep;
    private String content;
    // The template the draft was made with (docs/adr/0022): rendered at preview and signing, whatever
    // was installed since. Null only for letters drafted before templates were recorded.
    private @Nullable String templateSha256;
    private @Nullable Integer templateVersion;
    private @Nullable String holderName;
    private @Nullable String recipientEmail;
    private @Nullable String number;
    private @Nullable LocalDate issuedOn;
    private @Nullable Instant signedAt;
    private @Nullable Long signerAccountId;
    private @Nullable String signerName;
    private @Nullable String verificationCode;
    private @Nullable String sha256;
    private @Nullable String storageKey;
    private @Nullable Instant revokedAt;
    private @Nullable Long revokedBy;
    private @Nullable String revocationReason;
    private final long preparedBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private @Nullable Integer version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Letter(@Nullable Long id, @Nullable Long applicationId, String letterType, String unitCode, LetterStatus status,
           int parafStep, String content, @Nullable String templateSha256, @Nullable Integer templateVersion,
           @Nullable String holderName, @Nullable String recipientEmail,
           @Nullable String number, @Nullable LocalDate issuedOn, @Nullable Instant signedAt,
           @Nullable Long signerAccountId, @Nullable String signerName, @Nullable String verificationCode,
           @Nullable String sha256, @Nullable String storageKey, @Nullable Instant revokedAt,
           @Nullable Long revokedBy, @Nullable String revocationReason, long preparedBy, Instant createdAt,
           Instant updatedAt, @Nullable Integer version) {
        this.id = id;
        this.applicationId = applicationId;
        this.letterType = letterType;
        this.unitCode = unitCode;
        this.status = status;
        this.parafStep = parafStep;
        this.content = content;
        this.templateSha256 = templateSha256;
        this.templateVersion = templateVersion;
        this.holderName = holderName;
        this.recipientEmail = recipientEmail;
        this.number = number;
        this.issuedOn = issuedOn;
        this.signedAt = signedAt;
        this.signerAccountId = signerAccountId;
        this.signerName = signerName;
        this.verificationCode = verificationCode;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.revokedAt = revokedAt;
        this.revokedBy = revokedBy;
        this.revocationReason = revocationReason;
        this.preparedBy = preparedBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Letter draft(@Nullable Long applicationId, String letterType, String unitCode, String content,
                        String templateSha256, int templateVersion,
                        @Nullable String holderName, @Nullable String recipientEmail, long preparedBy, Instant now) {
        return new Letter(null, applicationId, letterType, unitCode, LetterStatus.DRAFT, 0, content, templateSha256,
                templateVersion, holderName,
                recipientEmail, null, null, null, null, null, null, null, null, null, null, null, preparedBy, now, now,
                null);
    }

    /** One more paraf; after the last one the letter waits for its signature. */
    void initial(int chainLength, Instant now) {
        Assert.state(status == LetterStatus.DRAFT, "only a draft is initialled");
        parafStep++;
        if (parafStep >= chainLength) {
            status = LetterStatus.READY;
        }
        updatedAt = now;
    }

    void returnForChanges(Instant now) {
        Assert.state(status == LetterStatus.DRAFT || status == LetterStatus.READY, "only a draft is returned");
        status = LetterStatus.RETURNED;
        updatedAt = now;
    }

    void reopen(String newContent, String newTemplateSha256, int newTemplateVersion, @Nullable String holder,
                @Nullable String email, Instant now) {
        Assert.state(status == LetterStatus.RETURNED, "only a returned draft is reopened");
        status = LetterStatus.DRAFT;
        parafStep = 0;
        content = newContent;
        templateSha256 = newTemplateSha256;
        templateVersion = newTemplateVersion;
        holderName = holder;
        recipientEmail = email;
        updatedAt = now;
    }

    void sign(String number, LocalDate issuedOn, Instant now, long signer, String signerName, String code,
              String sha256, String storageKey) {
        Assert.state(status == LetterStatus.READY, "only a letter ready for signature is signed");
        this.status = LetterStatus.VALID;
        this.number = number;
        this.issuedOn = issuedOn;
        this.signedAt = now;
        this.signerAccountId = signer;
        this.signerName = signerName;
        this.verificationCode = code;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.updatedAt = now;
    }

    void revoke(long by, String reason, Instant now) {
        Assert.state(status == LetterStatus.VALID, "only a valid letter is revoked");
        this.status = LetterStatus.REVOKED;
        this.revokedAt = now;
        this.revokedBy = by;
        this.revocationReason = reason;
        this.updatedAt = now;
    }

    long id() {
        Assert.state(id != null, "not saved yet");
        return id;
    }

    @Nullable Long applicationId() { return applicationId; }
    String letterType() { return letterType; }
    String unitCode() { return unitCode; }
    LetterStatus status() { return status; }
    int parafStep() { return parafStep; }
    String content() { return content; }
    @Nullable String templateSha256() { return templateSha256; }
    @Nullable Integer templateVersion() { return templateVersion; }
    @Nullable String holderName() { return holderName; }
    @Nullable String recipientEmail() { return recipientEmail; }
    @Nullable String number() { return number; }
    @Nullable LocalDate issuedOn() { return issuedOn; }
    @Nullable Instant signedAt() { return signedAt; }
    @Nullable Long signerAccountId() { return signerAccountId; }
    @Nullable String signerName() { return signerName; }
    @Nullable String verificationCode() { return verificationCode; }
    @Nullable String sha256() { return sha256; }
    @Nullable String storageKey() { return storageKey; }
    @Nullable Instant revokedAt() { return revokedAt; }
    @Nullable String revocationReason() { return revocationReason; }
    long preparedBy() { return preparedBy; }
    Instant createdAt() { return createdAt; }
    int version() { return version == null ? 0 : version; }

    @Override
    public String toString() {
        return "Letter[" + id + ", " + letterType + ", " + status + "]";
    }
}
