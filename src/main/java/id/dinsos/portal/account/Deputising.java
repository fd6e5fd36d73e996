package id.dinsos.portal.account;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A recorded deputising (pelaksana harian) as an administrator sees it.
 *
 * @param inForce whether it gives the deputy the role today (between its dates and not ended)
 * @param endedAt when it was ended early, if it was
 */
public record Deputising(long id, long deputyId, String deputyName, long absentId, String absentName, StaffRole role,
                         String unitCode, LocalDate startsOn, LocalDate endsOn, @Nullable Instant endedAt,
                         boolean inForce) {
}
