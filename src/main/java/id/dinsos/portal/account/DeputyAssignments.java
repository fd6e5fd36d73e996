package id.dinsos.portal.account;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DeputyAssignments extends ListCrudRepository<DeputyAssignment, Long> {

    /** What the person deputises for on this office date. */
    @Query("""
            SELECT * FROM account_deputy
            WHERE deputy_account_id = :deputyId AND ended_at IS NULL AND starts_on <= :day AND ends_on >= :day""")
    List<DeputyAssignment> findInForce(long deputyId, LocalDate day);

    /** Every assignment the person is part of, as deputy or as the absent one, newest first. */
    @Query("""
            SELECT * FROM account_deputy
            WHERE deputy_account_id = :accountId OR absent_account_id = :accountId
            ORDER BY starts_on DESC, id DESC
            LIMIT :limit""")
    List<DeputyAssignment> findInvolving(long accountId, int limit);

    /** Open assignments for the same role of the same person that share a day with the given dates. */
    @Query("""
            SELECT COUNT(*) FROM account_deputy
            WHERE absent_account_id = :absentId AND role = :role AND unit_code = :unitCode AND ended_at IS NULL
              AND starts_on <= :endsOn AND ends_on >= :startsOn""")
    long countOverlapping(long absentId, String role, String unitCode, LocalDate startsOn, LocalDate endsOn);

    /** The person's assignments as a deputy that are not over by this office date and not ended. */
    @Query("SELECT * FROM account_deputy WHERE deputy_account_id = :deputyId AND ended_at IS NULL AND ends_on >= :day")
    List<DeputyAssignment> findOpenForDeputy(long deputyId, LocalDate day);
}
