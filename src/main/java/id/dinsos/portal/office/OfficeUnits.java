package id.dinsos.portal.office;

import org.springframework.data.repository.ListCrudRepository;

interface OfficeUnits extends ListCrudRepository<OfficeUnitRecord, String> {
}
