package id.dinsos.portal.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** What the office awaits from an outside party, and the outside document once it arrives. */
@Table("casework_external")
class ExternalWait {

    @Id
    private @Nullable Long id;
    private final long caseId;
    private final String party;
    private final String awaited;
    private final Instant requestedAt;
    private final long requestedBy;
    private @Nullable Instant receivedAt;
    private @Nullable String documentNumber;
    private @Nullable LocalDate documentDate;
    private @Nullable String note;

    ExternalWait(@Nullable Long id, long caseId, String party, String awaited, Instant requestedAt, long requestedBy,
                 @Nullable Instant receivedAt, @Nullable String documentNumber, @Nullable LocalDate documentDate,
                 @Nullable String note) {
        this.id = id;
        this.caseId = caseId;
        this.party = party;
        this.awaited = awaited;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.receivedAt = receivedAt;
        this.documentNumber = documentNumber;
        this.documentDate = documentDate;
        this.note = note;
    }

    void received(Instant at, @Nullable String number, @Nullable LocalDate date, @Nullable String note) {
        this.receivedAt = at;
        this.documentNumber = number;
        this.documentDate = date;
        this.note = note;
    }

    CaseDetails.Outside view() {
        return new CaseDetails.Outside(party, awaited, requestedAt, receivedAt, documentNumber, documentDate, note);
    }

    boolean isOpen() { return receivedAt == null; }
}
