package id.dinsos.portal.casework;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import id.dinsos.portal.account.AccountKind;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.shared.RecordNotFoundException;

/**
 * Who may do what on a case, for every casework service (docs/access-rules.md): who reads it (staff
 * of its unit, the secretary and the head of office, {@link PortalUser#readsCasesOf}; everyone else
 * gets "not found", as for a missing id), and who works it by their role in its unit. Every change is
 * made on the version the screen showed ({@link CaseChangedException} otherwise).
 */
final class CaseworkAccess {

    /** The roles that verify, visit, decide and record outcomes in their own unit. */
    static final Set<StaffRole> WORKING = EnumSet.of(StaffRole.VERIFIER, StaffRole.TEAM_LEAD,
            StaffRole.HEAD_OF_DIVISION);
    /** The roles that reassign and read the unit's figures; the office-wide roles do too. */
    static final Set<StaffRole> SUPERVISING = EnumSet.of(StaffRole.TEAM_LEAD, StaffRole.HEAD_OF_DIVISION);

    private CaseworkAccess() {
    }

    /** The signed-in member of staff; anyone else learns nothing ("not found"). */
    static PortalUser staff(CurrentUser currentUser) {
        PortalUser user = currentUser.require();
        if (user.kind() != AccountKind.STAFF) {
            throw notFound();
        }
        return user;
    }

    /** The case, if the user may read it. */
    static CaseFile readable(CaseFiles cases, PortalUser user, long caseId) {
        CaseFile file = cases.findById(caseId).orElseThrow(CaseworkAccess::notFound);
        requireReadable(user, file);
        return file;
    }

    /** The case locked for a change, if the user may read it and it is still at the version they saw. */
    static CaseFile writable(CaseFiles cases, PortalUser user, long caseId, int expectedVersion) {
        CaseFile file = cases.findLockedById(caseId).orElseThrow(CaseworkAccess::notFound);
        requireReadable(user, file);
        if (file.version() != expectedVersion) {
            throw new CaseChangedException();
        }
        return file;
    }

    static void requireReadable(PortalUser user, CaseFile file) {
        if (!user.readsCasesOf(file.unitCode())) {
            throw notFound();
        }
    }

    static boolean holdsIn(PortalUser user, String unit, Set<StaffRole> roles) {
        return user.grants().stream().anyMatch(g -> roles.contains(g.role()) && g.unitCode().equals(unit));
    }

    static void requireHolding(PortalUser user, CaseFile file, Set<StaffRole> roles) {
        if (!holdsIn(user, file.unitCode(), roles)) {
            throw new AccessDeniedException("Not allowed on this case by the user's roles in its unit");
        }
    }

    static boolean supervises(PortalUser user, String unit) {
        return holdsIn(user, unit, SUPERVISING) || holdsOfficeWide(user);
    }

    static boolean holdsOfficeWide(PortalUser user) {
        return user.grants().stream().anyMatch(g -> StaffRole.OFFICE_WIDE_ROLES.contains(g.role()));
    }

    private static RecordNotFoundException notFound() {
        return new RecordNotFoundException("Case");
    }
}
