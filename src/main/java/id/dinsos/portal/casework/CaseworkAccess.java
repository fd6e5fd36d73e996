package id.dinsos.portal.casework;

import java.util.EnumSet;
import java.util.Set;

import id.dinsos.portal.account.AccountKind;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.shared.RecordNotFoundException;

/**
 * The access rules of {@link CaseworkService} for the services added beside it (visits, reports): who
 * reads a case (staff of its unit, the secretary and the head of office; everyone else gets "not
 * found"), and who works it by their role in its unit.
 */
final class CaseworkAccess {

    /** The roles that verify, visit and record outcomes in their own unit. */
    static final Set<StaffRole> WORKING = EnumSet.of(StaffRole.VERIFIER, StaffRole.TEAM_LEAD,
            StaffRole.HEAD_OF_DIVISION);
    static final Set<StaffRole> SUPERVISING = EnumSet.of(StaffRole.TEAM_LEAD, StaffRole.HEAD_OF_DIVISION);

    private CaseworkAccess() {
    }

    static PortalUser staff(CurrentUser currentUser) {
        PortalUser user = currentUser.require();
        if (user.kind() != AccountKind.STAFF) {
            throw new RecordNotFoundException("Case");
        }
        return user;
    }

    static void requireReadable(PortalUser user, CaseFile file) {
        if (!CaseworkService.mayRead(user, file.unitCode())) {
            throw new RecordNotFoundException("Case");
        }
    }

    static boolean holdsIn(PortalUser user, String unit, Set<StaffRole> roles) {
        return user.grants().stream().anyMatch(g -> roles.contains(g.role()) && g.unitCode().equals(unit));
    }

    static boolean supervises(PortalUser user, String unit) {
        return holdsIn(user, unit, SUPERVISING) || user.grants().stream()
                .anyMatch(g -> CaseworkService.OFFICE_WIDE.contains(g.role()));
    }
}
