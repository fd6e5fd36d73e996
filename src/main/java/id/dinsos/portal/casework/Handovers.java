package id.dinsos.portal.casework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Handovers extends ListCrudRepository<HandoverRecord, Long> {

    List<HandoverRecord> findByCaseIdOrderById(long caseId);
}
