package id.dinsos.portal.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface FieldVisits extends ListCrudRepository<FieldVisit, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<FieldVisit> findLockedById(long id);

    List<FieldVisit> findByCaseIdOrderByScheduledForAscIdAsc(long caseId);
}
