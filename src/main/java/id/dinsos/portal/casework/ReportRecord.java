package id.dinsos.portal.casework;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the team recorded on a report case: its outcomes (the latest counts) and handover records.
 *
 * @param mayRecord whether the signed-in person may record an outcome or a handover
 * @param version   the case's version, to give back when recording
 */
public record ReportRecord(long caseId, boolean report, List<Outcome> outcomes, List<HandoverEntry> handovers,
                           boolean mayRecord, int version) {

    public ReportRecord {
        outcomes = List.copyOf(outcomes);
        handovers = List.copyOf(handovers);
    }

    public record Outcome(ReportOutcome outcome, @Nullable String referredTo, @Nullable String note,
                          String recordedBy, Instant recordedAt) {
    }

    public record HandoverEntry(Instant handedOverAt, String place, String handedBy, String receivedByName,
                                String receivedByRelation, @Nullable String receivedByPhone, String persons,
                                @Nullable String notes, Instant recordedAt) {
    }
}
