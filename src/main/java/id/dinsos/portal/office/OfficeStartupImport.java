package id.dinsos.portal.office;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.PortalProperties;

/** Imports the office file at start-up, before the catalogue (which refers to its units). */
@Component
class OfficeStartupImport implements ApplicationRunner, Ordered {

    static final int ORDER = 0;

    private final OfficeService office;
    private final DefinitionFiles files;
    private final PortalProperties portal;

    OfficeStartupImport(OfficeService office, DefinitionFiles files, PortalProperties portal) {
        this.office = office;
        this.files = files;
        this.portal = portal;
    }

    @Override
    public void run(ApplicationArguments args) {
        Resource resource = files.resource(portal.officeLocation() + "office.yml");
        if (!resource.exists()) {
            throw new IllegalStateException("No office.yml at " + portal.officeLocation());
        }
        office.importProfile(files.read(resource));
        // A missing or unreadable emblem stops the start here, not at the first letter.
        office.emblem();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
