package id.dinsos.portal.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a member of staff may do, each held in a unit. A person may hold several; a signed-in staff
 * member carries {@code ROLE_STAFF} and {@code ROLE_<name>} for each role held (or deputised for
 * today). The names are shown through the i18n bundle under {@code staff.role.<NAME>}.
 */
public enum StaffRole {
    /** Petugas layanan: receives applications at the counter and online. */
    FRONT_OFFICE(false),
    /** Pelaksana: checks an application's documents. */
    VERIFIER(false),
    /** Ketua tim. */
    TEAM_LEAD(true),
    /** Kepala bidang. */
    HEAD_OF_DIVISION(true),
    /** Sekretaris dinas. */
    SECRETARY(true),
    /** Kepala dinas. */
    HEAD_OF_OFFICE(true),
    /**
     * A social worker (PSM or TKSK) of one kecamatan: enters applications for its residents for the
     * services the office opens to them ({@code portal.intake.social-worker-services}, bansos by default).
     */
    SOCIAL_WORKER(false),
    /** Manages staff accounts, units and API clients; reads no case documents by this role. */
    ADMIN(false);

    /** The roles that work the cases of their own unit (and read its applications and letters). */
    public static final Set<StaffRole> UNIT_CASE_ROLES = Collections.unmodifiableSet(
            EnumSet.of(FRONT_OFFICE, VERIFIER, TEAM_LEAD, HEAD_OF_DIVISION));
    /** The roles that read the cases of every unit. */
    public static final Set<StaffRole> OFFICE_WIDE_ROLES = Collections.unmodifiableSet(
            EnumSet.of(SECRETARY, HEAD_OF_OFFICE));

    private final boolean deputisable;

    StaffRole(boolean deputisable) {
        this.deputisable = deputisable;
    }

    /**
     * Whether someone can deputise for a holder of this role (pelaksana harian): the heads whose
     * signature or decision cannot wait for their return.
     */
    public boolean deputisable() {
        return deputisable;
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
