package id.dinsos.portal.casework;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A berita acara serah terima as the team fills it in: when (office time zone) and where, the officer
 * who handed over, who received (name, relation or institution, phone), the persons handed over and notes.
 */
public record Handover(@Nullable LocalDateTime handedOverAt, @Nullable String place, long handedByAccountId,
                       @Nullable String receivedByName, @Nullable String receivedByRelation,
                       @Nullable String receivedByPhone, @Nullable String persons, @Nullable String notes) {
}
