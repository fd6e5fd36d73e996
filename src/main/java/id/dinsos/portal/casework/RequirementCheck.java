package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The verifier's finding on one requirement in one round. A later finding supersedes it; both are kept. */
@Table("casework_check")
class RequirementCheck {

    @Id
    private @Nullable Long id;
    private final long caseId;
    @Column("round_no")
    private final int round;
    private final String requirementCode;
    private final Verdict verdict;
    private final @Nullable String reasonCode;
    private final @Nullable String reasonText;
    private final long checkedBy;
    private final Instant checkedAt;

    RequirementCheck(@Nullable Long id, long caseId, int round, String requirementCode, Verdict verdict,
                     @Nullable String reasonCode, @Nullable String reasonText, long checkedBy, Instant checkedAt) {
        this.id = id;
        this.caseId = caseId;
        this.round = round;
        this.requirementCode = requirementCode;
        this.verdict = verdict;
        this.reasonCode = reasonCode;
        this.reasonText = reasonText;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }

    int round() { return round; }
    String requirementCode() { return requirementCode; }
    Verdict verdict() { return verdict; }
    @Nullable String reasonCode() { return reasonCode; }
    @Nullable String reasonText() { return reasonText; }
    Instant checkedAt() { return checkedAt; }
}
