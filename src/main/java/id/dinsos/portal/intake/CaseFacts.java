package id.dinsos.portal.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the back office copies into a case when an application reaches the office: what it is, whose
 * it is and where it belongs. Personal data (the applicant's name): never log it.
 *
 * @param regionCode a village or district code the application concerns (the first region answered in
 *                   the form, else the applicant's or the entering social worker's), null when unknown
 * @param requirementCodes the document requirements of the service (variant) the office checks
 */
public record CaseFacts(long applicationId, String serviceCode, ApplicationKind kind, IntakeChannel channel,
                        ApplicationStatus status, String trackingNumber, @Nullable String applicantName,
                        @Nullable Long ownerAccountId, @Nullable String applicantEmail, int round,
                        Instant submittedAt, @Nullable String regionCode, List<String> requirementCodes,
                        Map<String, Object> answers) {

    @Override
    public String toString() {
        return "CaseFacts[applicationId=" + applicationId + ", service=" + serviceCode + ", status=" + status + "]";
    }
}
