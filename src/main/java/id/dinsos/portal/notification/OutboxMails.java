package id.dinsos.portal.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OutboxMails extends ListCrudRepository<OutboxMail, Long> {

    /**
     * Locks up to {@code limit} due mails, oldest first. SKIP LOCKED (MariaDB 10.6+) passes over rows that
     * another node's sender holds, so two nodes never send the same mail and neither waits for the other.
     */
    @Query("""
            SELECT * FROM notification_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<OutboxMail> lockDue(Instant now, int limit);

    Optional<OutboxMail> findByMessageId(String messageId);

    long countByStatus(OutboxStatus status);
}
