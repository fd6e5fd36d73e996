package id.dinsos.portal.account;

import java.time.LocalDate;

/**
 * A deputising to record: who stands in ({@code deputyId}) for whom ({@code absentId}), in which of the
 * absent person's roles and units, from and until which office dates (both included).
 */
public record DeputyForm(long absentId, StaffRole role, String unitCode, long deputyId, LocalDate startsOn,
                         LocalDate endsOn) {
}
