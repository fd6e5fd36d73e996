package id.dinsos.portal.office;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit or team as a row, so that staff accounts and cases (later issues) can refer to it by code
 * with a foreign key. Units that disappear from the office file are deactivated, never deleted:
 * old cases still name them.
 */
@Table("office_unit")
class OfficeUnitRecord {

    @Id
    private final String code;
    private @Nullable String parentCode;
    private String kind;
    private String nameId;
    private @Nullable String nameEn;
    private int sortOrder;
    private boolean active;
    @Version
    private @Nullable Integer version;

    OfficeUnitRecord(String code, @Nullable String parentCode, String kind, String nameId, @Nullable String nameEn,
                     int sortOrder, boolean active, @Nullable Integer version) {
        this.code = code;
        this.parentCode = parentCode;
        this.kind = kind;
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = active;
        this.version = version;
    }

    void update(@Nullable String parentCode, String kind, String nameId, @Nullable String nameEn, int sortOrder) {
        this.parentCode = parentCode;
        this.kind = kind;
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    String code() {
        return code;
    }

    boolean active() {
        return active;
    }
}
