package id.dinsos.portal.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.PortalProperties;

/**
 * Adds the office's {@code holidays.csv} to the holiday table at start-up (dates not yet present
 * only). An office without the file still runs, with weekends as its only days off, and is warned.
 */
@Component
class HolidayStartupImport implements ApplicationRunner, Ordered {

    static final String FILE_NAME = "holidays.csv";

    private static final Logger log = LoggerFactory.getLogger(HolidayStartupImport.class);

    private final Holidays holidays;
    private final DefinitionFiles files;
    private final PortalProperties portal;

    HolidayStartupImport(Holidays holidays, DefinitionFiles files, PortalProperties portal) {
        this.holidays = holidays;
        this.files = files;
        this.portal = portal;
    }

    @Override
    public void run(ApplicationArguments args) {
        Resource resource = files.resource(portal.officeLocation() + FILE_NAME);
        if (!resource.exists()) {
            log.warn("No {} at {}: only weekends are days off until an administrator adds the holidays",
                    FILE_NAME, portal.officeLocation());
            return;
        }
        holidays.importFile(files.read(resource));
    }

    @Override
    public int getOrder() {
        // After the office profile (0), independent of the catalogue (10).
        return 5;
    }
}
