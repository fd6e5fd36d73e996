package id.dinsos.portal.catalogue;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One imported version of a service's standard, never changed once written. The whole definition is
 * kept as JSON (it is read whole); the requirements are also rows because applications will refer to
 * them one by one.
 */
@Table("catalogue_service_version")
class ServiceVersion {

    @Id
    private @Nullable Long id;
    private final String serviceCode;
    private final int versionNo;
    private final String contentSha256;
    private final String definition;
    private final String source;
    private final Instant importedAt;
    @MappedCollection(idColumn = "service_version_id", keyColumn = "list_index")
    private final List<RequirementRow> requirements;

    ServiceVersion(@Nullable Long id, String serviceCode, int versionNo, String contentSha256, String definition,
                   String source, Instant importedAt, List<RequirementRow> requirements) {
        this.id = id;
        this.serviceCode = serviceCode;
        this.versionNo = versionNo;
        this.contentSha256 = contentSha256;
        this.definition = definition;
        this.source = source;
        this.importedAt = importedAt;
        this.requirements = requirements;
    }

    String contentSha256() {
        return contentSha256;
    }

    int versionNo() {
        return versionNo;
    }

    String definition() {
        return definition;
    }

    List<RequirementRow> requirements() {
        return requirements;
    }

    @Table("catalogue_requirement")
    record RequirementRow(String code, @Nullable String variant, String nameId, @Nullable String nameEn,
                          boolean mandatory, boolean document) {

        static RequirementRow of(Requirement r) {
            return new RequirementRow(r.code(), r.variant(), r.name().id(), r.name().en(), r.isMandatory(),
                    r.isDocument());
        }
    }
}
