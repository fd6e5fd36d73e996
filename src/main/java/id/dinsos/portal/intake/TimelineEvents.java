package id.dinsos.portal.intake;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface TimelineEvents extends ListCrudRepository<TimelineEvent, Long> {

    List<TimelineEvent> findByApplicationIdOrderByOccurredAtAscIdAsc(long applicationId);
}
