package id.dinsos.portal.audit;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.PortalUser;

/**
 * The audit trail. {@link #record} is called by any module inside the transaction of the change it
 * records, so the two commit (or roll back) together; the actor is read from the security context.
 * Events are only ever added: there is no way to change or remove one. Only administrators read them.
 *
 * <p>What goes into {@code detail} is the caller's responsibility: ids, codes and role names, never
 * personal data (no names, NIK, e-mail addresses or document contents).
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditEvents events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEvents events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that the current actor (the signed-in person, the calling API client, or else the system)
     * did something, in the caller's transaction if there is one.
     *
     * @param action      what happened, UPPER_SNAKE_CASE and past tense, e.g. {@code STAFF_CREATED}
     * @param subjectType the kind of record it happened to, e.g. {@code ACCOUNT}, or null
     * @param subjectId   that record's id or code, or null
     * @param detail      what changed, without personal data (at most 1000 characters are kept), or null
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, @Nullable String subjectType, @Nullable Object subjectId, @Nullable String detail) {
        recordAs(currentActor(), action, subjectType, subjectId, detail);
    }

    /**
     * Records an event for an actor given explicitly: where the security context does not (yet) name
     * them, as during sign-in.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(Actor actor, String action, @Nullable String subjectType, @Nullable Object subjectId,
                         @Nullable String detail) {
        AuditEvent event = events.save(new AuditEvent(null, clock.instant(), actor.kind(), actor.accountId(),
                actor.clientId(), action, subjectType, subjectId == null ? null : String.valueOf(subjectId), detail,
                clientAddress()));
        log.debug("Audit {} {} {}#{}", actor.kind(), action, subjectType, event.id());
    }

    /** The latest events, newest first, a page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(long offset, int limit) {
        return events.findLatest(offset, limit).stream().map(AuditEvent::entry).toList();
    }

    /** How many events there are. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return events.countAll();
    }

    /** The latest 100 events about one record, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subjectType, Object subjectId) {
        return events.findBySubject(subjectType, String.valueOf(subjectId)).stream().map(AuditEvent::entry).toList();
    }

    private Actor currentActor() {
        @Nullable PortalUser user = currentUser.get().orElse(null);
        if (user != null) {
            return Actor.account(user.kind(), user.accountId());
        }
        return currentUser.apiClient().map(c -> Actor.client(c.clientId()))
                .orElseGet(() -> RequestContextHolder.getRequestAttributes() == null ? Actor.SYSTEM : Actor.ANONYMOUS);
    }

    /** The caller's address as this server sees it (behind a proxy, the proxy's unless forwarded headers are trusted). */
    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
