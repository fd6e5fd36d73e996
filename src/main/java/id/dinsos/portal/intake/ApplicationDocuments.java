package id.dinsos.portal.intake;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApplicationDocuments extends ListCrudRepository<ApplicationDocument, Long> {

    List<ApplicationDocument> findByApplicationIdOrderById(long applicationId);

    /** The bytes the application's files take as stored, current and superseded alike. */
    @Query("SELECT COALESCE(SUM(size_bytes), 0) FROM intake_document WHERE application_id = :applicationId")
    long storedBytes(long applicationId);
}
