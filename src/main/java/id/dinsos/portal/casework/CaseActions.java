package id.dinsos.portal.casework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CaseActions extends ListCrudRepository<CaseAction, Long> {

    List<CaseAction> findByCaseIdOrderByOccurredAtAscIdAsc(long caseId);
}
