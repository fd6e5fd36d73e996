package id.dinsos.portal.account;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A staff account as an administrator sees it.
 *
 * @param passwordSet whether the person has set a password from the mailed link (and so can sign in)
 * @param active      false once deactivated
 */
public record StaffMember(long id, String fullName, String email, @Nullable String nip, @Nullable String unitCode,
                          Set<StaffRole> roles, boolean passwordSet, boolean active, Instant createdAt,
                          @Nullable String districtCode) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
