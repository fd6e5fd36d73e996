package id.dinsos.portal.intake;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What anyone with the tracking number and the verifier sees: the service, the status and the
 * timeline, without a name, NIK, address or any note; {@code dueAt} is the expected completion (the
 * service clock's deadline as it stands), empty once the application is decided or withdrawn.
 */
public record PublicTracking(String trackingNumber, String serviceCode, ApplicationStatus status,
                             @Nullable Instant submittedAt, @Nullable Instant dueAt, List<TimelineEntry> timeline) {
}
