package id.dinsos.portal.organisation;

import java.time.Instant;

/**
 * An organisation as its member sees it.
 *
 * @param profile the stored profile (NPWP as digits, see {@link id.dinsos.portal.shared.identity.Npwp})
 * @param role    the caller's role in the organisation
 * @param version to pass back with an edit, so that an edit made meanwhile by someone else is not overwritten
 */
public record OrganisationDetails(long id, OrganisationProfile profile, OrganisationRole role, int version,
                                  Instant createdAt) {

    public boolean callerIsAdmin() {
        return role == OrganisationRole.ADMIN;
    }
}
