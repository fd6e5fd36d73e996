package id.dinsos.portal.account;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them. Carries the account id, so services check
 * ownership by id rather than by name, and nothing sensitive beyond what sign-in needs.
 */
public final class PortalUser implements UserDetails {

    private final long accountId;
    private final String fullName;
    private final String email;
    private final AccountKind kind;
    private final String passwordHash;
    private final boolean enabled;
    private final int sessionEpoch;
    private final List<GrantedAuthority> authorities;
    private final @Nullable String unitCode;
    private final List<StaffGrant> grants;
    private final @Nullable String districtCode;

    PortalUser(long accountId, String fullName, String email, AccountKind kind, String passwordHash, boolean enabled,
               List<String> roles) {
        this(accountId, fullName, email, kind, passwordHash, enabled, 0, roles, null, List.of(), null);
    }

    /** A citizen, with the session epoch this session signs in under ({@link SessionEpochFilter}). */
    PortalUser(long accountId, String fullName, String email, AccountKind kind, String passwordHash, boolean enabled,
               int sessionEpoch, List<String> roles) {
        this(accountId, fullName, email, kind, passwordHash, enabled, sessionEpoch, roles, null, List.of(), null);
    }

    /**
     * A staff member: {@code ROLE_STAFF} plus {@code ROLE_<role>} for each grant, their own and those
     * they deputise for.
     */
    PortalUser(long accountId, String fullName, String email, String passwordHash, boolean enabled,
               int sessionEpoch, @Nullable String unitCode, List<StaffGrant> grants) {
        this(accountId, fullName, email, passwordHash, enabled, sessionEpoch, unitCode, grants, null);
    }

    /** A staff member; a social worker with the kecamatan they serve. */
    PortalUser(long accountId, String fullName, String email, String passwordHash, boolean enabled,
               int sessionEpoch, @Nullable String unitCode, List<StaffGrant> grants, @Nullable String districtCode) {
        this(accountId, fullName, email, AccountKind.STAFF, passwordHash, enabled, sessionEpoch, staffRoles(grants),
                unitCode, grants, districtCode);
    }

    private PortalUser(long accountId, String fullName, String email, AccountKind kind, String passwordHash,
                       boolean enabled, int sessionEpoch, List<String> roles, @Nullable String unitCode,
                       List<StaffGrant> grants, @Nullable String districtCode) {
        this.districtCode = districtCode;
        this.accountId = accountId;
        this.fullName = fullName;
        this.email = email;
        this.kind = kind;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.sessionEpoch = sessionEpoch;
        this.authorities = roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
        this.unitCode = unitCode;
        this.grants = List.copyOf(grants);
    }

    private static List<String> staffRoles(List<StaffGrant> grants) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(AccountKind.STAFF.name());
        grants.forEach(g -> roles.add(g.role().name()));
        return List.copyOf(roles);
    }

    public long accountId() {
        return accountId;
    }

    public String fullName() {
        return fullName;
    }

    /** The account's session epoch when this session signed in ({@link SessionEpochFilter}). */
    int sessionEpoch() {
        return sessionEpoch;
    }

    public AccountKind kind() {
        return kind;
    }

    /** A staff member's own unit (an {@code office_unit} code); empty for citizens. */
    public java.util.Optional<String> unitCode() {
        return java.util.Optional.ofNullable(unitCode);
    }

    /** The kecamatan a social worker serves (regions.csv code), if the person is one. */
    public java.util.Optional<String> districtCode() {
        return java.util.Optional.ofNullable(districtCode);
    }

    /** The roles a staff member may act in today, each with its unit; empty for citizens. */
    public List<StaffGrant> grants() {
        return grants;
    }

    /** Whether the person may act in this role for this unit today, as its holder or its deputy. */
    public boolean holds(StaffRole role, String unit) {
        return grants.stream().anyMatch(g -> g.role() == role && g.unitCode().equals(unit));
    }

    /**
     * Whether this person reads the cases of a unit (its submitted applications, their files and
     * letters): a case role held there ({@link StaffRole#UNIT_CASE_ROLES}), or the secretary's or the
     * head of office's anywhere ({@link StaffRole#OFFICE_WIDE_ROLES}). Citizens and administrators do not.
     */
    public boolean readsCasesOf(String unit) {
        return grants.stream().anyMatch(g -> StaffRole.OFFICE_WIDE_ROLES.contains(g.role())
                || StaffRole.UNIT_CASE_ROLES.contains(g.role()) && g.unitCode().equals(unit));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "PortalUser[" + accountId + "]";
    }
}
