package id.dinsos.portal.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One person's membership of one organisation, and their role in it. */
@Table("organisation_member")
class Membership {

    @Id
    private @Nullable Long id;
    private final long organisationId;
    private final long accountId;
    private OrganisationRole role;
    private final Instant joinedAt;
    @Version
    private @Nullable Integer version;

    Membership(@Nullable Long id, long organisationId, long accountId, OrganisationRole role, Instant joinedAt,
               @Nullable Integer version) {
        this.id = id;
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = joinedAt;
        this.version = version;
    }

    static Membership join(long organisationId, long accountId, OrganisationRole role, Instant now) {
        return new Membership(null, organisationId, accountId, role, now, null);
    }

    void changeRole(OrganisationRole role) {
        this.role = role;
    }

    boolean isAdmin() {
        return role == OrganisationRole.ADMIN;
    }

    long organisationId() {
        return organisationId;
    }

    long accountId() {
        return accountId;
    }

    OrganisationRole role() {
        return role;
    }

    Instant joinedAt() {
        return joinedAt;
    }
}
