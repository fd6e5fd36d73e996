package id.dinsos.portal.organisation;

import java.time.Instant;

/**
 * A member of an organisation, as other members see them: the name and role, not contact details.
 *
 * @param you whether this is the caller
 */
public record MemberSummary(long accountId, String fullName, OrganisationRole role, Instant joinedAt, boolean you) {
}
