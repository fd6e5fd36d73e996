package id.dinsos.portal.casework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReportOutcomes extends ListCrudRepository<ReportOutcomeRecord, Long> {

    List<ReportOutcomeRecord> findByCaseIdOrderById(long caseId);
}
