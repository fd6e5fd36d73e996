package id.dinsos.portal.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.audit.ActorKind;

/**
 * One step of an application's history.
 *
 * @param note what the applicant or the office wrote (a withdrawal reason); null on the public page
 */
public record TimelineEntry(Instant at, TimelineType type, ApplicationStatus status, int round, ActorKind actor,
                            @Nullable String note) {
}
