package id.dinsos.portal.casework;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CasePauses extends ListCrudRepository<CasePause, Long> {

    List<CasePause> findByCaseIdOrderByPausedAt(long caseId);

    List<CasePause> findByCaseIdInOrderByPausedAt(Collection<Long> caseIds);
}
