package id.dinsos.portal.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface CaseFiles extends ListCrudRepository<CaseFile, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<CaseFile> findLockedById(long id);

    List<CaseFile> findByIdIn(Collection<Long> ids);
}
