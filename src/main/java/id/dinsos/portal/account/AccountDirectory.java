package id.dinsos.portal.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an account is, for other modules: the name to show and the address to compare an invitation
 * with. Only what they need (no NIK, phone or address), and no access check of its own: the caller
 * decides who may learn about whom and must not show an e-mail address to someone who may not see it.
 */
@Service
public class AccountDirectory {

    /** An account as other modules see it. {@code email} is stored lower-case. */
    public record AccountSummary(long id, String fullName, String email, AccountKind kind) {
    }

    /** A member of staff and the roles they hold in one unit (or, for {@link #holdersOf}, anywhere). */
    public record StaffHolder(long accountId, String fullName, String email, Set<StaffRole> roles) {
    }

    private final Accounts accounts;
    private final JdbcClient jdbc;

    AccountDirectory(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The active staff holding a role in this unit, with those roles, by name: whom a case can be routed to. */
    @Transactional(readOnly = true)
    public List<StaffHolder> staffOfUnit(String unitCode) {
        return holders(jdbc.sql("""
                SELECT u.id, u.full_name, u.email, r.role FROM account_user u
                JOIN account_staff_role r ON r.account_id = u.id
                WHERE r.unit_code = :unit AND u.kind = 'STAFF' AND u.status = 'ACTIVE'
                ORDER BY u.full_name, u.id""").param("unit", unitCode));
    }

    /** The active staff holding this role in any unit (the secretary, the head of office). */
    @Transactional(readOnly = true)
    public List<StaffHolder> holdersOf(StaffRole role) {
        return holders(jdbc.sql("""
                SELECT u.id, u.full_name, u.email, r.role FROM account_user u
                JOIN account_staff_role r ON r.account_id = u.id
                WHERE r.role = :role AND u.kind = 'STAFF' AND u.status = 'ACTIVE'
                ORDER BY u.full_name, u.id""").param("role", role.name()));
    }

    private static List<StaffHolder> holders(JdbcClient.StatementSpec query) {
        Map<Long, StaffHolder> byId = new LinkedHashMap<>();
        query.query((rs, n) -> {
            long id = rs.getLong(1);
            StaffHolder holder = byId.computeIfAbsent(id, k -> {
                try {
                    return new StaffHolder(k, rs.getString(2), rs.getString(3), EnumSet.noneOf(StaffRole.class));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            holder.roles().add(StaffRole.valueOf(rs.getString(4)));
            return id;
        }).list();
        return byId.values().stream()
                .map(h -> new StaffHolder(h.accountId(), h.fullName(), h.email(), Set.copyOf(h.roles()))).toList();
    }

    /** The account with this id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> byId(long id) {
        return accounts.findById(id).map(AccountDirectory::summary);
    }

    /** The accounts with these ids that exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<AccountSummary> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.findAllById(ids).stream().map(AccountDirectory::summary).toList();
    }

    /** The account registered with this e-mail address (compared without regard to case or spaces around). */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> byEmail(String email) {
        return accounts.findByEmail(RegistrationService.normaliseEmail(email)).map(AccountDirectory::summary);
    }

    /**
     * A citizen's identity as an application records it (name, NIK, phone, e-mail): for the intake
     * module, which has checked that the caller is this citizen, or front-office staff looking a walk-in
     * person up by NIK. Personal data: never log it.
     */
    public record CitizenIdentity(long accountId, String fullName, @Nullable String nik, @Nullable String phone,
                                  String email) {
        @Override
        public String toString() {
            return "CitizenIdentity[accountId=" + accountId + "]";
        }
    }

    /** The citizen with this account id, if it is an open citizen account. */
    @Transactional(readOnly = true)
    public Optional<CitizenIdentity> citizen(long accountId) {
        return accounts.findById(accountId).filter(a -> a.kind() == AccountKind.CITIZEN && a.nik() != null)
                .map(AccountDirectory::identity);
    }

    /** The citizen registered with this NIK (16 digits), if any. */
    @Transactional(readOnly = true)
    public Optional<CitizenIdentity> citizenByNik(String nik) {
        return accounts.findByNik(nik).filter(a -> a.kind() == AccountKind.CITIZEN).map(AccountDirectory::identity);
    }

    /**
     * Where an account lives or works, for routing a case to its kecamatan: a citizen's village code,
     * a social worker's district code. Empty for anyone without one.
     */
    @Transactional(readOnly = true)
    public Optional<String> regionCode(long accountId) {
        return accounts.findById(accountId)
                .map(a -> a.regionCode() != null ? a.regionCode() : a.districtCode());
    }

    private static CitizenIdentity identity(Account a) {
        return new CitizenIdentity(a.id(), a.fullName(), a.nik(), a.phone(), a.email());
    }

    private static AccountSummary summary(Account a) {
        return new AccountSummary(a.id(), a.fullName(), a.email(), a.kind());
    }
}
