package id.dinsos.portal.letter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import id.dinsos.portal.account.StaffRole;

/** One step of a letter's paraf chain: who initialled, returned or reopened it, in which role, when. Only ever added. */
@Table("letter_paraf")
record ParafStep(@Id @Nullable Long id, long letterId, int step, StaffRole role, long accountId, Action action,
                 @Nullable String comment, Instant occurredAt) {

    enum Action { INITIALLED, RETURNED, REOPENED }
}
