package id.dinsos.portal.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An application as the people entitled to it see it: the applicant (or the organisation's member),
 * the partner system that sent it, the staff who handle it. Carries personal data: never log it.
 *
 * @param answers      the answers in normal form ({@link Answers}), by field code
 * @param documents    every file, current and superseded, oldest first
 * @param corrections  what the office asked to correct, every round
 * @param timeline     every step, oldest first
 */
public record ApplicationDetails(long id, String serviceCode, @Nullable String variant, ApplicationKind kind,
                                 IntakeChannel channel, ApplicationStatus status, @Nullable String trackingNumber,
                                 int round, @Nullable Long organisationId, Applicant applicant,
                                 @Nullable Beneficiary beneficiary, Map<String, Object> answers,
                                 List<DocumentInfo> documents, List<CorrectionRound> corrections,
                                 List<TimelineEntry> timeline, Instant createdAt, @Nullable Instant submittedAt,
                                 @Nullable String withdrawalReason, int version) {

    /** What the office asked in one round. */
    public record CorrectionRound(int round, List<CorrectionItem> items) {
    }

    /** The current files for one requirement. */
    public List<DocumentInfo> currentDocuments(String requirementCode) {
        return documents.stream().filter(d -> d.current() && d.requirementCode().equals(requirementCode)).toList();
    }

    /** The items of the round the applicant must answer now (empty unless the application was returned). */
    public List<CorrectionItem> openCorrections() {
        if (status != ApplicationStatus.NEEDS_REVISION) {
            return List.of();
        }
        return corrections.stream().filter(c -> c.round() == round).flatMap(c -> c.items().stream()).toList();
    }

    @Override
    public String toString() {
        return "ApplicationDetails[id=" + id + ", service=" + serviceCode + ", status=" + status + "]";
    }
}
