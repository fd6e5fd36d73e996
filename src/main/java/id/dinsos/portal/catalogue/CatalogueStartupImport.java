package id.dinsos.portal.catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.PortalProperties;

/** Imports the office's catalogue files at start-up, after the office profile. */
@Component
class CatalogueStartupImport implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(CatalogueStartupImport.class);

    private final CatalogueService catalogue;
    private final DefinitionFiles files;
    private final PortalProperties portal;

    CatalogueStartupImport(CatalogueService catalogue, DefinitionFiles files, PortalProperties portal) {
        this.catalogue = catalogue;
        this.files = files;
        this.portal = portal;
    }

    @Override
    public void run(ApplicationArguments args) {
        var sources = files.find(portal.officeLocation() + "services/*.yml").stream().map(files::read).toList();
        if (sources.isEmpty()) {
            throw new IllegalStateException("No service files under " + portal.officeLocation() + "services/");
        }
        var report = catalogue.importCatalogue(sources);
        log.info("Catalogue: {} service files, {} imported, {} unchanged, {} withdrawn", sources.size(),
                report.imported(), report.unchanged(), report.withdrawn());
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
