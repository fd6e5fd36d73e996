package id.dinsos.portal.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationDocuments extends ListCrudRepository<OrganisationDocument, Long> {

    /** The library as members see it: documents not removed, newest first. */
    List<OrganisationDocument> findByOrganisationIdAndRemovedAtIsNullOrderByUploadedAtDescIdDesc(long organisationId);

    Optional<OrganisationDocument> findByIdAndOrganisationIdAndRemovedAtIsNull(long id, long organisationId);
}
