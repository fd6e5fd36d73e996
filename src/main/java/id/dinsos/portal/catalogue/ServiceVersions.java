package id.dinsos.portal.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ServiceVersions extends ListCrudRepository<ServiceVersion, Long> {

    Optional<ServiceVersion> findByServiceCodeAndVersionNo(String serviceCode, int versionNo);

    int countByServiceCode(String serviceCode);

    /** The current definition of every active service, in catalogue order. */
    @Query("""
            SELECT v.definition FROM catalogue_service_version v
            JOIN catalogue_service s ON s.code = v.service_code AND s.current_version = v.version_no
            WHERE s.active ORDER BY s.sort_order, s.code""")
    List<String> currentDefinitions();

    @Query("""
            SELECT v.definition FROM catalogue_service_version v
            JOIN catalogue_service s ON s.code = v.service_code AND s.current_version = v.version_no
            WHERE s.active AND s.code = :code""")
    Optional<String> currentDefinition(String code);
}
