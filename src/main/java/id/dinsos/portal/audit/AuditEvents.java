package id.dinsos.portal.audit;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The audit trail's only way in and out: insert and read. Deliberately a bare {@link Repository} and
 * not a CRUD one, so that no code can update or delete an event (AuditEventsTest holds it so).
 */
interface AuditEvents extends Repository<AuditEvent, Long> {

    /** Inserts the event (its id is always null before: the database assigns it). */
    AuditEvent save(AuditEvent event);

    @Query("SELECT * FROM audit_event ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<AuditEvent> findLatest(long offset, int limit);

    @Query("SELECT COUNT(*) FROM audit_event")
    long countAll();

    @Query("""
            SELECT * FROM audit_event WHERE subject_type = :subjectType AND subject_id = :subjectId
            ORDER BY occurred_at DESC, id DESC LIMIT 100""")
    List<AuditEvent> findBySubject(String subjectType, String subjectId);
}
