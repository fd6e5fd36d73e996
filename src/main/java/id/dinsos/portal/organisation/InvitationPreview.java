package id.dinsos.portal.organisation;

import java.time.Instant;

/**
 * What an invitation link leads to, before the person accepts it.
 *
 * @param maskedEmail         the invited address, masked ({@code s***@contoh.id}), to tell which account to use
 * @param forSignedInAccount  whether the signed-in account has the invited address (only then can it accept)
 * @param alreadyMember       whether the signed-in account already belongs to the organisation
 */
public record InvitationPreview(long organisationId, String organisationName, String inviterName, String maskedEmail,
                                Instant expiresAt, boolean forSignedInAccount, boolean alreadyMember) {
}
