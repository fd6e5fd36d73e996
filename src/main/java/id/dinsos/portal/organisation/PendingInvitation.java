package id.dinsos.portal.organisation;

import java.time.Instant;

/** An invitation not yet accepted, revoked or expired, as the organisation's administrators see it. */
public record PendingInvitation(long id, String email, Instant createdAt, Instant expiresAt) {
}
