package id.dinsos.portal.catalogue;

import org.springframework.data.repository.ListCrudRepository;

interface CatalogueEntries extends ListCrudRepository<CatalogueEntry, String> {
}
