package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of a case's history as the case screen shows it. */
public record CaseHistoryEntry(Instant at, CaseActionType action, @Nullable String actor, @Nullable String target,
                               @Nullable String note) {
}
