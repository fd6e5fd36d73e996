package id.dinsos.portal.account;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A person who signs in. Consents, tokens and sign-in attempts are aggregates of their own: they
 * grow or change on their own schedule and must not be rewritten with every profile edit.
 */
@Table("account_user")
class Account {

    enum Status { ACTIVE, CLOSED }

    @Id
    private @Nullable Long id;
    private AccountKind kind;
    private String fullName;
    private String email;
    private @Nullable Instant emailVerifiedAt;
    private @Nullable String nik;
    private @Nullable String phone;
    private @Nullable String regionCode;
    private @Nullable String addressLine;
    private @Nullable String addressOutside;
    private String passwordHash;
    private Status status;
    private Instant createdAt;
    private @Nullable Instant closedAt;
    private int sessionEpoch;
    @Version
    private @Nullable Integer version;
    // Staff only. Outside the constructor, so citizens' code is untouched; Spring Data sets them by field.
    private @Nullable String nip;
    private @Nullable String unitCode;
    /** The kecamatan a social worker serves; null for everyone else. */
    private @Nullable String districtCode;
    /** Inside the aggregate: a handful of rows that change together with the unit, never on their own. */
    @MappedCollection(idColumn = "account_id")
    private Set<StaffRoleGrant> staffRoles = new HashSet<>();

    Account(@Nullable Long id, AccountKind kind, String fullName, String email, @Nullable Instant emailVerifiedAt,
            @Nullable String nik, @Nullable String phone, @Nullable String regionCode, @Nullable String addressLine,
            @Nullable String addressOutside, String passwordHash, Status status, Instant createdAt,
            @Nullable Instant closedAt, int sessionEpoch, @Nullable Integer version) {
        Assert.hasText(fullName, "full name is required");
        Assert.hasText(email, "e-mail is required");
        Assert.hasText(passwordHash, "password hash is required");
        this.id = id;
        this.kind = kind;
        this.fullName = fullName;
        this.email = email;
        this.emailVerifiedAt = emailVerifiedAt;
        this.nik = nik;
        this.phone = phone;
        this.regionCode = regionCode;
        this.addressLine = addressLine;
        this.addressOutside = addressOutside;
        this.passwordHash = passwordHash;
        this.status = status;
        this.createdAt = createdAt;
        this.closedAt = closedAt;
        this.sessionEpoch = sessionEpoch;
        this.version = version;
    }

    static Account citizen(String fullName, String email, String nik, String phone, @Nullable String regionCode,
                           @Nullable String addressLine, @Nullable String addressOutside, String passwordHash,
                           Instant now) {
        return new Account(null, AccountKind.CITIZEN, fullName, email, null, nik, phone, regionCode, addressLine,
                addressOutside, passwordHash, Status.ACTIVE, now, null, 0, null);
    }

    /**
     * A staff member as an administrator creates them: no password anyone knows (the hash of a random
     * secret) and the address not yet confirmed, until the person sets a password from the link mailed.
     */
    static Account staff(String fullName, String email, @Nullable String nip, String unitCode, Set<StaffRole> roles,
                         String unusablePasswordHash, Instant now) {
        Account account = new Account(null, AccountKind.STAFF, fullName, email, null, null, null, null, null, null,
                unusablePasswordHash, Status.ACTIVE, now, null, 0, null);
        account.nip = nip;
        account.assign(unitCode, roles);
        return account;
    }

    /** Places a staff member in a unit with these roles, each held in that unit. */
    void assign(String unitCode, Set<StaffRole> roles) {
        Assert.state(kind == AccountKind.STAFF, "only staff have a unit and roles");
        Assert.hasText(unitCode, "unit is required");
        this.unitCode = unitCode;
        this.staffRoles = roles.stream().map(r -> new StaffRoleGrant(r, unitCode)).collect(Collectors.toCollection(HashSet::new));
    }

    /** Closes the account: sign-in stops; the row stays, because what the person did must stay explainable. */
    void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        // A new password ends the sessions opened with the old one.
        this.sessionEpoch++;
    }

    /** Ends every session of this account on its next request. */
    void signOutEverywhere() {
        this.sessionEpoch++;
    }

    /** Corrects the contact data a person may change themselves (identity data goes through the office). */
    void correct(String newFullName, @Nullable String newPhone, @Nullable String newRegionCode,
                 @Nullable String newAddressLine, @Nullable String newAddressOutside) {
        Assert.hasText(newFullName, "full name is required");
        this.fullName = newFullName;
        this.phone = newPhone;
        this.regionCode = newRegionCode;
        this.addressLine = newAddressLine;
        this.addressOutside = newAddressOutside;
    }

    /**
     * Closes the account at the person's request. What public-service records must keep (name, NIK,
     * e-mail as the address the office answered) stays; contact details the office no longer needs go.
     */
    void close(Instant at) {
        if (status == Status.CLOSED) {
            return;
        }
        this.status = Status.CLOSED;
        this.closedAt = at;
        this.phone = null;
        this.regionCode = null;
        this.addressLine = null;
        this.addressOutside = null;
        this.sessionEpoch++;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    boolean canSignIn() {
        return status == Status.ACTIVE && emailVerifiedAt != null;
    }

    @Nullable Long id() {
        return id;
    }

    AccountKind kind() {
        return kind;
    }

    String fullName() {
        return fullName;
    }

    String email() {
        return email;
    }

    @Nullable Instant emailVerifiedAt() {
        return emailVerifiedAt;
    }

    @Nullable String nik() {
        return nik;
    }

    @Nullable String phone() {
        return phone;
    }

    @Nullable String regionCode() {
        return regionCode;
    }

    @Nullable String addressLine() {
        return addressLine;
    }

    @Nullable String addressOutside() {
        return addressOutside;
    }

    String passwordHash() {
        return passwordHash;
    }

    Status status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }


    @Nullable String nip() {
        return nip;
    }

    @Nullable String districtCode() {
        return districtCode;
    }

    /** Sets the kecamatan a social worker serves (null for other staff). */
    void serveDistrict(@Nullable String districtCode) {
        Assert.state(kind == AccountKind.STAFF, "only staff serve a kecamatan");
        this.districtCode = districtCode;
    }

    @Nullable String unitCode() {
        return unitCode;
    }

    Set<StaffRoleGrant> staffRoles() {
        return Set.copyOf(staffRoles);
    }

    Set<StaffRole> roles() {
        return staffRoles.stream().map(StaffRoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }
}
