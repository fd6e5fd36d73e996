package id.dinsos.portal.office;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The office profile as stored: the validated definition as JSON plus where it came from. Kept as one
 * document because the profile is read whole (letterhead, footer) and changed whole (an import).
 */
@Table("office_profile")
class OfficeProfileRecord {

    @Id
    private final String code;
    private String definition;
    private String contentSha256;
    private Instant importedAt;
    @Version
    private @Nullable Integer version;

    OfficeProfileRecord(String code, String definition, String contentSha256, Instant importedAt,
                        @Nullable Integer version) {
        this.code = code;
        this.definition = definition;
        this.contentSha256 = contentSha256;
        this.importedAt = importedAt;
        this.version = version;
    }

    static OfficeProfileRecord imported(String code, String definition, String sha256, Instant at) {
        return new OfficeProfileRecord(code, definition, sha256, at, null);
    }

    void replace(String newDefinition, String sha256, Instant at) {
        this.definition = newDefinition;
        this.contentSha256 = sha256;
        this.importedAt = at;
    }

    String code() {
        return code;
    }

    String definition() {
        return definition;
    }

    String contentSha256() {
        return contentSha256;
    }
}
