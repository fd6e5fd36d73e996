package id.dinsos.portal.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One item the office found wanting when it returned an application: a requirement or a field, and why. */
@Table("intake_correction")
class Correction {

    @Id
    private @Nullable Long id;
    private final long applicationId;
    @Column("round_no")
    private final int round;
    private final @Nullable String requirementCode;
    private final @Nullable String fieldCode;
    private final String reason;
    private final Instant requestedAt;
    private final @Nullable Long requestedBy;

    Correction(@Nullable Long id, long applicationId, int round, @Nullable String requirementCode,
               @Nullable String fieldCode, String reason, Instant requestedAt, @Nullable Long requestedBy) {
        this.id = id;
        this.applicationId = applicationId;
        this.round = round;
        this.requirementCode = requirementCode;
        this.fieldCode = fieldCode;
        this.reason = reason;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    int round() { return round; }
    @Nullable String requirementCode() { return requirementCode; }
    @Nullable String fieldCode() { return fieldCode; }

    CorrectionItem item() {
        return new CorrectionItem(requirementCode, fieldCode, reason);
    }
}
