package id.dinsos.portal.office;

import org.springframework.data.repository.ListCrudRepository;

interface OfficeProfiles extends ListCrudRepository<OfficeProfileRecord, String> {
}
