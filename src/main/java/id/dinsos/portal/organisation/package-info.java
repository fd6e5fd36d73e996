/**
 * Organisations: yayasan and perkumpulan (LKS), companies and committees for UGB/PUB, each with a
 * profile and members. A citizen creates one and becomes its administrator; members join by invitation
 * e-mail. Every service method answers only a member of the organisation ("not found" to anyone else).
 *
 * <p>Not here yet: the organisation's documents (akta, SK Kemenkumham, NPWP card, domicile letter).
 * The document library adds them as its own aggregate referencing the organisation by id, and asks
 * {@link id.dinsos.portal.organisation.OrganisationService#roleOf(long)} who may see or upload them.
 */
@NullMarked
package id.dinsos.portal.organisation;

import org.jspecify.annotations.NullMarked;
