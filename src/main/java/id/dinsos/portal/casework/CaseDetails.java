package id.dinsos.portal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.intake.ApplicationKind;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.sla.SlaState;

/**
 * A case as the case screen shows it (the application itself, its answers and files come from intake).
 *
 * @param holderName     the person holding it, null while it waits in a role's queue ({@code holderRole})
 * @param dueAt          the deadline as it stands now (while paused: if the wait ended now)
 * @param state          where the clock stands; null for a withdrawn case
 * @param remainingMinutes the time left in the unit's measure (negative when overdue)
 * @param checks         the verifier's latest finding per requirement in the current round
 * @param allowed        what the person looking may do now (the service checks again on each action)
 */
public record CaseDetails(long id, String trackingNumber, String serviceCode, String unitCode, ApplicationKind kind,
                          ApplicationStatus status, int round, StaffRole holderRole, @Nullable Long holderAccountId,
                          @Nullable String holderName, @Nullable String instruction, Instant submittedAt,
                          @Nullable Instant targetAt, Instant dueAt, @Nullable SlaState state, boolean paused,
                          long remainingMinutes, @Nullable Instant completedAt, List<String> requirementCodes,
                          List<Check> checks, List<Outside> outside, @Nullable Decision decision,
                          List<CaseHistoryEntry> history, Allowed allowed, int version) {

    /** The finding on one requirement. */
    public record Check(String requirementCode, Verdict verdict, @Nullable String reasonCode,
                        @Nullable String reasonText, Instant checkedAt) {
    }

    /** An outside party awaited, and what arrived. */
    public record Outside(String party, String awaited, Instant requestedAt, @Nullable Instant receivedAt,
                          @Nullable String documentNumber, @Nullable LocalDate documentDate, @Nullable String note) {
    }

    /** The decision. */
    public record Decision(boolean approved, @Nullable String reasons, String decidedBy, Instant decidedAt) {
    }

    /** What the viewer may do on this case now. */
    public record Allowed(boolean route, boolean reassign, boolean verify, boolean awaitOutside, boolean decide) {
    }

    /** Whether a requirement was found wanting in the current round. */
    public boolean wanting(String requirementCode) {
        return checks.stream().anyMatch(c -> c.requirementCode().equals(requirementCode) && c.verdict() == Verdict.WANTING);
    }
}
