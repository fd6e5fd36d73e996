package id.dinsos.portal.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in for a new staff member.
 *
 * @param nip      the 18-digit NIP of a civil servant; empty for contract staff
 * @param unitCode the unit (secretariat, bidang or team) of {@code office.yml} the person works in
 * @param roles    at least one; each is held in that unit
 * @param districtCode the kecamatan (regions.csv code, e.g. {@code 32.16.05}) a social worker serves;
 *                 required with {@link StaffRole#SOCIAL_WORKER}, ignored otherwise
 */
public record StaffForm(String fullName, String email, @Nullable String nip, String unitCode, Set<StaffRole> roles,
                        @Nullable String districtCode) {

    public StaffForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A staff member who is not a social worker (no kecamatan). */
    public StaffForm(String fullName, String email, @Nullable String nip, String unitCode, Set<StaffRole> roles) {
        this(fullName, email, nip, unitCode, roles, null);
    }
}
