package id.dinsos.portal.account;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signed-in people for tests of services' access checks: a {@link PortalUser} as sign-in would build it,
 * and a way to run code as that person (the security context set for the call, then restored).
 */
public final class TestUsers {

    /** A unit of the Bekasi office file (the Secretariat). */
    public static final String SECRETARIAT = "sekretariat";

    private TestUsers() {
    }

    public static PortalUser citizen(long accountId) {
        return new PortalUser(accountId, "Warga Uji", "warga" + accountId + "@contoh.id", AccountKind.CITIZEN,
                "{noop}-", true, List.of(AccountKind.CITIZEN.name()));
    }

    /** A staff member holding these roles in the unit. */
    public static PortalUser staff(long accountId, String unitCode, StaffRole... roles) {
        return new PortalUser(accountId, "Staf Uji", "staf" + accountId + "@dinsos.example.go.id", "{noop}-", true, 0,
                unitCode, Arrays.stream(roles).map(r -> new StaffGrant(r, unitCode, false)).toList());
    }

    /** A social worker (PSM/TKSK) of a unit, serving one kecamatan. */
    public static PortalUser socialWorker(long accountId, String unitCode, String districtCode) {
        return new PortalUser(accountId, "Pekerja Sosial Uji", "psm" + accountId + "@dinsos.example.go.id", "{noop}-", true,
                0, unitCode, List.of(new StaffGrant(StaffRole.SOCIAL_WORKER, unitCode, false)), districtCode);
    }

    public static PortalUser admin(long accountId) {
        return staff(accountId, SECRETARIAT, StaffRole.ADMIN);
    }

    public static void runAs(PortalUser user, Runnable action) {
        callAs(user, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T callAs(PortalUser user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
