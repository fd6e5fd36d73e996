package id.dinsos.portal.letter;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ParafSteps extends ListCrudRepository<ParafStep, Long> {

    List<ParafStep> findByLetterIdOrderByIdAsc(long letterId);
}
