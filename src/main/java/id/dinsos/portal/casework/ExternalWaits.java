package id.dinsos.portal.casework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ExternalWaits extends ListCrudRepository<ExternalWait, Long> {

    List<ExternalWait> findByCaseIdOrderById(long caseId);
}
