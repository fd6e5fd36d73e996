package id.dinsos.portal.casework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RequirementChecks extends ListCrudRepository<RequirementCheck, Long> {

    List<RequirementCheck> findByCaseIdOrderById(long caseId);
}
