package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The decision on a case, written once. */
@Table("casework_decision")
record DecisionRecord(@Id long caseId, DecisionOutcome outcome, @Nullable String reasons, long decidedBy,
                      Instant decidedAt) {
}
