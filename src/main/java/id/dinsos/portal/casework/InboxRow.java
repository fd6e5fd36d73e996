package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.intake.ApplicationStatus;

/** One case in the inbox; {@code state} is null for a withdrawn case. */
public record InboxRow(long id, String trackingNumber, String serviceCode, ApplicationStatus status,
                       @Nullable String applicantName, StaffRole holderRole, @Nullable String holderName,
                       @Nullable String districtCode, Instant submittedAt, Instant dueAt, @Nullable InboxState state,
                       boolean paused) {
}
