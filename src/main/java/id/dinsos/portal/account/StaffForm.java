package id.dinsos.portal.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in for a new staff member.
 *
 * @param nip      the 18-digit NIP of a civil servant; empty for contract staff
 * @param unitCode the unit (secretariat, bidang or team) of {@code office.yml} the person works in
 * @param roles    at least one; each is held in that unit
 */
public record StaffForm(String fullName, String email, @Nullable String nip, String unitCode, Set<StaffRole> roles) {

    public StaffForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
