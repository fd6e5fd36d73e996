/**
 * Organisations: yayasan and perkumpulan (LKS), companies and committees for UGB/PUB, each with a
 * profile and members. A citizen creates one and becomes its administrator; members join by invitation
 * e-mail. Every service method answers only a member of the organisation ("not found" to anyone else).
 *
 * <p>Each organisation keeps a document library (akta, SK Kemenkumham, NPWP card, AD/ART, domicile
 * letter): {@link id.dinsos.portal.organisation.OrganisationDocumentService}, one aggregate per document
 * referencing the organisation by id, files in the file store. Members download them through
 * {@code organisation.web}; other modules copy them with
 * {@link id.dinsos.portal.organisation.OrganisationDocumentService#reusable(long, long)}.
 */
@NullMarked
package id.dinsos.portal.organisation;

import org.jspecify.annotations.NullMarked;
