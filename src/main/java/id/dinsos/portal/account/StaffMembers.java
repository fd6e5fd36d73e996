package id.dinsos.portal.account;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The staff accounts, for the administrator's lists (the accounts' other queries are in {@link Accounts}). */
interface StaffMembers extends Repository<Account, Long> {

    /** A page of staff, optionally of one unit, by name. */
    @Query("""
            SELECT * FROM account_user
            WHERE kind = 'STAFF' AND (:unitCode IS NULL OR unit_code = :unitCode)
            ORDER BY full_name, id
            LIMIT :limit OFFSET :offset""")
    List<Account> findPage(@Nullable String unitCode, long offset, int limit);

    @Query("SELECT COUNT(*) FROM account_user WHERE kind = 'STAFF' AND (:unitCode IS NULL OR unit_code = :unitCode)")
    long countStaff(@Nullable String unitCode);

    /** Active staff whose name or e-mail contains the text, for choosing a deputy. */
    @Query("""
            SELECT * FROM account_user
            WHERE kind = 'STAFF' AND status = 'ACTIVE' AND (full_name LIKE :pattern OR email LIKE :pattern)
            ORDER BY full_name, id
            LIMIT :limit OFFSET :offset""")
    List<Account> findActiveMatching(String pattern, long offset, int limit);

    @Query("""
            SELECT COUNT(*) FROM account_user
            WHERE kind = 'STAFF' AND status = 'ACTIVE' AND (full_name LIKE :pattern OR email LIKE :pattern)""")
    long countActiveMatching(String pattern);

    /** Active staff per unit code. */
    @Query("""
            SELECT unit_code, COUNT(*) AS staff FROM account_user
            WHERE kind = 'STAFF' AND status = 'ACTIVE' AND unit_code IS NOT NULL
            GROUP BY unit_code""")
    List<UnitCount> countActiveByUnit();

    /** Active accounts that hold the role, to keep the last administrator from being removed. */
    @Query("""
            SELECT COUNT(DISTINCT u.id) FROM account_user u JOIN account_staff_role r ON r.account_id = u.id
            WHERE u.status = 'ACTIVE' AND r.role = :role""")
    long countActiveHolding(String role);

    boolean existsByNip(String nip);

    record UnitCount(String unitCode, long staff) {
    }
}
