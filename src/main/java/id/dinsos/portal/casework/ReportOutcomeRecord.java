package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The team's outcome of a report, as recorded. Only ever added; the latest counts. */
@Table("casework_report_outcome")
record ReportOutcomeRecord(@Id @Nullable Long id, long caseId, ReportOutcome outcome, @Nullable String referredTo,
                           @Nullable String note, long recordedBy, Instant recordedAt) {
}
