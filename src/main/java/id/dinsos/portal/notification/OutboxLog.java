package id.dinsos.portal.notification;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Reading the outbox a page at a time, newest first, for the administrator's page. */
interface OutboxLog extends Repository<OutboxMail, Long> {

    @Query("SELECT * FROM notification_outbox ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<OutboxMail> findLatest(long offset, int limit);

    @Query("SELECT COUNT(*) FROM notification_outbox")
    long countAll();
}
