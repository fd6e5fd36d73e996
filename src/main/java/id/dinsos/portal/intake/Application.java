package id.dinsos.portal.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * One application or report. Its documents, timeline and correction items are aggregates of their own
 * (rows added, never rewritten with every answer saved); this row carries the state and the version
 * that makes two people saving at once find out (optimistic locking).
 */
@Table("intake_application")
class Application {

    @Id
    private @Nullable Long id;
    private final String serviceCode;
    private final int serviceVersion;
    private @Nullable String variant;
    private final ApplicationKind kind;
    private final IntakeChannel channel;
    private ApplicationStatus status;
    private final @Nullable Long ownerAccountId;
    private final @Nullable Long organisationId;
    private final @Nullable Long apiClientId;
    private final @Nullable Long enteredBy;
    private @Nullable String applicantName;
    private @Nullable String applicantNik;
    private @Nullable String applicantPhone;
    private @Nullable String applicantEmail;
    private @Nullable String beneficiaryName;
    private @Nullable String beneficiaryNik;
    private @Nullable String beneficiaryRelation;
    private String answers;
    private @Nullable String trackingNumber;
    @Column("round_no")
    private int round;
    private @Nullable Instant declaredAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant withdrawnAt;
    private @Nullable String withdrawalReason;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private @Nullable Integer version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Application(@Nullable Long id, String serviceCode, int serviceVersion, @Nullable String variant,
                ApplicationKind kind, IntakeChannel channel, ApplicationStatus status, @Nullable Long ownerAccountId,
                @Nullable Long organisationId, @Nullable Long apiClientId, @Nullable Long enteredBy,
                @Nullable String applicantName, @Nullable String applicantNik, @Nullable String applicantPhone,
                @Nullable String applicantEmail, @Nullable String beneficiaryName, @Nullable String beneficiaryNik,
                @Nullable String beneficiaryRelation, String answers, @Nullable String trackingNumber, int round,
                @Nullable Instant declaredAt, @Nullable Instant submittedAt, @Nullable Instant withdrawnAt,
                @Nullable String withdrawalReason, Instant createdAt, Instant updatedAt, @Nullable Integer version) {
        this.id = id;
        this.serviceCode = serviceCode;
        this.serviceVersion = serviceVersion;
        this.variant = variant;
        this.kind = kind;
        this.channel = channel;
        this.status = status;
        this.ownerAccountId = ownerAccountId;
        this.organisationId = organisationId;
        this.apiClientId = apiClientId;
        this.enteredBy = enteredBy;
        this.applicantName = applicantName;
        this.applicantNik = applicantNik;
        this.applicantPhone = applicantPhone;
        this.applicantEmail = applicantEmail;
        this.beneficiaryName = beneficiaryName;
        this.beneficiaryNik = beneficiaryNik;
        this.beneficiaryRelation = beneficiaryRelation;
        this.answers = answers;
        this.trackingNumber = trackingNumber;
        this.round = round;
        this.declaredAt = declaredAt;
        this.submittedAt = submittedAt;
        this.withdrawnAt = withdrawnAt;
        this.withdrawalReason = withdrawalReason;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new draft; who owns it and through which channel it came are fixed from here on. */
    static Application draft(String serviceCode, int serviceVersion, @Nullable String variant, ApplicationKind kind,
                             IntakeChannel channel, Parties parties, String answersJson, Instant now) {
        Application a = new Application(null, serviceCode, serviceVersion, variant, kind, channel,
                ApplicationStatus.DRAFT, parties.ownerAccountId(), parties.organisationId(), parties.apiClientId(),
                parties.enteredBy(), null, null, null, null, null, null, null, answersJson, null, 1, null, null, null,
                null, now, now, null);
        a.setPeople(parties.applicant(), parties.beneficiary());
        return a;
    }

    /** Who an application belongs to, fixed when the draft is made. */
    record Parties(@Nullable Long ownerAccountId, @Nullable Long organisationId, @Nullable Long apiClientId,
                   @Nullable Long enteredBy, Applicant applicant, @Nullable Beneficiary beneficiary) {
    }

    void setPeople(Applicant applicant, @Nullable Beneficiary beneficiary) {
        requireEditable();
        this.applicantName = applicant.name();
        this.applicantNik = applicant.nik();
        this.applicantPhone = applicant.phone();
        this.applicantEmail = applicant.email();
        this.beneficiaryName = beneficiary == null ? null : beneficiary.name();
        this.beneficiaryNik = beneficiary == null ? null : beneficiary.nik();
        this.beneficiaryRelation = beneficiary == null ? null : beneficiary.relation();
    }

    void setAnswers(@Nullable String variant, String answersJson, Instant now) {
        requireEditable();
        this.variant = variant;
        this.answers = answersJson;
        this.updatedAt = now;
    }

    void submit(String trackingNumber, Instant now) {
        Assert.state(status == ApplicationStatus.DRAFT, "only a draft is submitted");
        this.trackingNumber = trackingNumber;
        this.status = ApplicationStatus.SUBMITTED;
        this.declaredAt = now;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void returnForCorrection(Instant now) {
        Assert.state(status.returnable(), "only an application under review is returned");
        this.status = ApplicationStatus.NEEDS_REVISION;
        this.round++;
        this.updatedAt = now;
    }

    void resubmit(Instant now) {
        Assert.state(status == ApplicationStatus.NEEDS_REVISION, "only a returned application is resubmitted");
        this.status = ApplicationStatus.SUBMITTED;
        this.declaredAt = now;
        this.updatedAt = now;
    }

    void withdraw(String reason, Instant now) {
        Assert.state(status.withdrawable(), "a decided application is not withdrawn");
        this.status = ApplicationStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.withdrawalReason = reason;
        this.updatedAt = now;
    }

    /** A stand-in for the back office's decision (see ApplicationService#approveAsInterimDecision). */
    void approve(Instant now) {
        Assert.state(status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.IN_REVIEW
                || status == ApplicationStatus.FIELD_VISIT, "only an application under review is approved");
        this.status = ApplicationStatus.APPROVED;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Answers and documents change only in a draft, and (for the items returned) in a correction round. */
    boolean editable() {
        return status == ApplicationStatus.DRAFT || status == ApplicationStatus.NEEDS_REVISION;
    }

    private void requireEditable() {
        Assert.state(editable(), "application " + id + " is " + status + " and cannot be changed");
    }

    long id() {
        Assert.state(id != null, "not saved yet");
        return id;
    }

    String serviceCode() { return serviceCode; }
    int serviceVersion() { return serviceVersion; }
    @Nullable String variant() { return variant; }
    ApplicationKind kind() { return kind; }
    IntakeChannel channel() { return channel; }
    ApplicationStatus status() { return status; }
    @Nullable Long ownerAccountId() { return ownerAccountId; }
    @Nullable Long organisationId() { return organisationId; }
    @Nullable Long apiClientId() { return apiClientId; }
    @Nullable Long enteredBy() { return enteredBy; }
    @Nullable String applicantName() { return applicantName; }
    @Nullable String applicantNik() { return applicantNik; }
    @Nullable String applicantPhone() { return applicantPhone; }
    @Nullable String applicantEmail() { return applicantEmail; }
    @Nullable String beneficiaryName() { return beneficiaryName; }
    @Nullable String beneficiaryNik() { return beneficiaryNik; }
    @Nullable String beneficiaryRelation() { return beneficiaryRelation; }
    String answers() { return answers; }
    @Nullable String trackingNumber() { return trackingNumber; }
    int round() { return round; }
    @Nullable Instant declaredAt() { return declaredAt; }
    @Nullable Instant submittedAt() { return submittedAt; }
    @Nullable Instant withdrawnAt() { return withdrawnAt; }
    @Nullable String withdrawalReason() { return withdrawalReason; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    int version() { return version == null ? 0 : version; }
}
