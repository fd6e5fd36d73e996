package id.dinsos.portal.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation by e-mail to join an organisation as a member. Only the hash of the link's token is
 * kept. It is open until it is accepted, revoked by an administrator or expired; then it stays as a
 * record of who invited whom.
 */
@Table("organisation_invitation")
class Invitation {

    enum State { OPEN, ACCEPTED, REVOKED, EXPIRED }

    @Id
    private @Nullable Long id;
    private final long organisationId;
    private final String email;
    private final String tokenSha256;
    private final long invitedBy;
    private final Instant expiresAt;
    private @Nullable Instant acceptedAt;
    private @Nullable Long acceptedBy;
    private @Nullable Instant revokedAt;
    private final Instant createdAt;
    @Version
    private @Nullable Integer version;

    Invitation(@Nullable Long id, long organisationId, String email, String tokenSha256, long invitedBy,
               Instant expiresAt, @Nullable Instant acceptedAt, @Nullable Long acceptedBy, @Nullable Instant revokedAt,
               Instant createdAt, @Nullable Integer version) {
        this.id = id;
        this.organisationId = organisationId;
        this.email = email;
        this.tokenSha256 = tokenSha256;
        this.invitedBy = invitedBy;
        this.expiresAt = expiresAt;
        this.acceptedAt = acceptedAt;
        this.acceptedBy = acceptedBy;
        this.revokedAt = revokedAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** @param email a checked address, lower-case */
    static Invitation issue(long organisationId, String email, String tokenSha256, long invitedBy, Instant now,
                            Instant expiresAt) {
        return new Invitation(null, organisationId, email, tokenSha256, invitedBy, expiresAt, null, null, null, now,
                null);
    }

    State stateAt(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    void accept(long accountId, Instant now) {
        if (stateAt(now) != State.OPEN) {
            throw new IllegalStateException("Invitation " + id + " is " + stateAt(now));
        }
        acceptedAt = now;
        acceptedBy = accountId;
    }

    void revoke(Instant now) {
        if (stateAt(now) == State.OPEN) {
            revokedAt = now;
        }
    }

    @Nullable Long id() {
        return id;
    }

    long organisationId() {
        return organisationId;
    }

    String email() {
        return email;
    }

    long invitedBy() {
        return invitedBy;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
