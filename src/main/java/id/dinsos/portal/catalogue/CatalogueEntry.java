package id.dinsos.portal.catalogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service in the catalogue and which of its versions is current. The versions themselves are a
 * separate aggregate ({@link ServiceVersion}): they only ever grow, and an application refers to the
 * version it was made under.
 */
@Table("catalogue_service")
class CatalogueEntry {

    @Id
    private final String code;
    private int currentVersion;
    private String unitCode;
    private String channel;
    private int sortOrder;
    private boolean active;
    private Instant updatedAt;
    @Version
    private @Nullable Integer version;

    CatalogueEntry(String code, int currentVersion, String unitCode, String channel, int sortOrder, boolean active,
                   Instant updatedAt, @Nullable Integer version) {
        this.code = code;
        this.currentVersion = currentVersion;
        this.unitCode = unitCode;
        this.channel = channel;
        this.sortOrder = sortOrder;
        this.active = active;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static CatalogueEntry first(ServiceDefinition definition, Instant at) {
        return new CatalogueEntry(definition.code(), 1, definition.unit(), definition.channel().name(),
                definition.order(), true, at, null);
    }

    void advanceTo(int versionNo, ServiceDefinition definition, Instant at) {
        this.currentVersion = versionNo;
        this.unitCode = definition.unit();
        this.channel = definition.channel().name();
        this.sortOrder = definition.order();
        this.active = true;
        this.updatedAt = at;
    }

    void withdraw(Instant at) {
        this.active = false;
        this.updatedAt = at;
    }

    String code() {
        return code;
    }

    int currentVersion() {
        return currentVersion;
    }

    boolean active() {
        return active;
    }
}
