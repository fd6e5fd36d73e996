package id.dinsos.portal.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An organisation's profile as a person fills it in (and as it is shown back). The service checks it
 * and reports every problem at once; a stored profile holds the NPWP as digits only.
 *
 * @param aktaNumber          the number of the deed of establishment (for a committee: its founding decree)
 * @param skKemenkumhamNumber the Kemenkumham decree of the legal entity; optional where
 *                            {@link LegalForm#needsSkKemenkumham()} is false
 * @param npwp                the tax number, old 15-digit or new 16-digit format
 * @param headName            the name of the organisation's head (ketua/direktur)
 */
public record OrganisationProfile(@Nullable String name, @Nullable LegalForm legalForm, @Nullable String aktaNumber,
                                  @Nullable LocalDate aktaDate, @Nullable String skKemenkumhamNumber,
                                  @Nullable String npwp, @Nullable String address, @Nullable String headName) {
}
