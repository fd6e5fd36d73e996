package id.dinsos.portal.notification;

/** Where a queued mail stands. */
enum OutboxStatus {
    /** Waiting for its (next) attempt at {@code next_attempt_at}. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after {@code portal.mail.max-attempts}; kept for the record, never retried by itself. */
    FAILED
}
