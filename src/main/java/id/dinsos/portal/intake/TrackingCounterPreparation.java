package id.dinsos.portal.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;

/** Creates the tracking-number counters at start-up, after the catalogue import ({@link TrackingNumbers}). */
@Component
class TrackingCounterPreparation implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(TrackingCounterPreparation.class);

    private final TrackingNumbers numbers;
    private final CatalogueService catalogue;

    TrackingCounterPreparation(TrackingNumbers numbers, CatalogueService catalogue) {
        this.numbers = numbers;
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        var prefixes = catalogue.services().stream().map(ServiceDefinition::trackingPrefix).toList();
        numbers.prepare(prefixes);
        log.info("Tracking-number counters ready for {} services", prefixes.size());
    }

    @Override
    public int getOrder() {
        return 20;
    }
}
