package id.dinsos.portal.casework;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface VisitPhotos extends ListCrudRepository<VisitPhoto, Long> {

    List<VisitPhoto> findByVisitIdInOrderById(Collection<Long> visitIds);
}
