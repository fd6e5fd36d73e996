package id.dinsos.portal.notification;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as administrators watch it: what is waiting, sent or given up, and why, without the
 * mails' addresses in full or their contents. Read-only; sending stays with the outbox's sender.
 */
@Service
public class OutboxOverview {

    private final OutboxLog mails;

    OutboxOverview(OutboxLog mails) {
        this.mails = mails;
    }

    /** A page of queued mails, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxEntry> latest(long offset, int limit) {
        return mails.findLatest(offset, limit).stream().map(m -> new OutboxEntry(m.id(), MailAddresses.mask(m.recipient()),
                m.template(), m.status().name(), m.attempts(), m.nextAttemptAt(), m.sentAt(), m.createdAt(),
                m.lastError())).toList();
    }

    /** How many mails the outbox holds. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return mails.countAll();
    }
}
