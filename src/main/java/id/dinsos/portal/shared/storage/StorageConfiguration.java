package id.dinsos.portal.shared.storage;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.dinsos.portal.shared.PortalProperties;

/**
 * The file store of this installation, chosen by {@code portal.storage.type} ({@code STORAGE_TYPE}):
 * {@code local} (the default) is the only one so far; an object store is one more bean here with its
 * own value (docs/adr/0009).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    UploadChecker uploadChecker(UploadPolicy policy) {
        return new UploadChecker(policy);
    }

    @Bean
    @ConditionalOnProperty(prefix = "portal.storage", name = "type", havingValue = "local", matchIfMissing = true)
    FileStore localFileStore(PortalProperties portal, UploadChecker checker, Clock clock) {
        return new LocalFileStore(portal.dataDir().resolve("files"), checker, clock);
    }
}
