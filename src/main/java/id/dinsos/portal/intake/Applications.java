package id.dinsos.portal.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Applications extends ListCrudRepository<Application, Long> {

    List<Application> findByOwnerAccountIdOrderByUpdatedAtDesc(long ownerAccountId);

    List<Application> findByOrganisationIdOrderByUpdatedAtDesc(long organisationId);

    Optional<Application> findByTrackingNumber(String trackingNumber);

    /** The latest application with this applicant NIK, to pre-fill a returning walk-in person. */
    Optional<Application> findFirstByApplicantNikOrderByUpdatedAtDesc(String applicantNik);

    /** The application, its row locked until the transaction ends (submission, upload totals). */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Application> findLockedById(long id);
}
