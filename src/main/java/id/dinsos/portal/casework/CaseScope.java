package id.dinsos.portal.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import id.dinsos.portal.account.AccountKind;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffRole;

/**
 * The units a person may read cases of, as {@link PortalUser#readsCasesOf} decides one at a time, for
 * queries over many cases: every unit for the secretary and the head of office, else the units where
 * they hold one of the {@code roles}. Anyone holding none is refused.
 */
record CaseScope(boolean allUnits, List<String> units) {

    static CaseScope of(PortalUser user, Set<StaffRole> unitRoles) {
        if (user.kind() != AccountKind.STAFF) {
            throw new AccessDeniedException("Cases are for staff");
        }
        boolean all = CaseworkAccess.holdsOfficeWide(user);
        List<String> units = user.grants().stream().filter(g -> unitRoles.contains(g.role()))
                .map(g -> g.unitCode()).distinct().sorted().toList();
        if (!all && units.isEmpty()) {
            throw new AccessDeniedException("No case role");
        }
        return new CaseScope(all, units);
    }

    /** The SQL condition on {@code c.unit_code}, with its parameter put in {@code params}. */
    String condition(Map<String, Object> params) {
        if (allUnits) {
            return "1 = 1";
        }
        params.put("scopeUnits", units);
        return "c.unit_code IN (:scopeUnits)";
    }
}
