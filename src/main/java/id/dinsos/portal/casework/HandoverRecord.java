package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A berita acara serah terima as recorded. Only ever added. */
@Table("casework_handover")
record HandoverRecord(@Id @Nullable Long id, long caseId, Instant handedOverAt, String place, long handedBy,
                      String receivedByName, String receivedByRelation, @Nullable String receivedByPhone,
                      String persons, @Nullable String notes, long recordedBy, Instant recordedAt) {
}
