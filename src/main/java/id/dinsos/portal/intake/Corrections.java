package id.dinsos.portal.intake;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Corrections extends ListCrudRepository<Correction, Long> {

    List<Correction> findByApplicationIdOrderById(long applicationId);
}
