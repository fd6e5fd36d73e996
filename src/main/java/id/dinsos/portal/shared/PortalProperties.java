package id.dinsos.portal.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal itself (environment variables in brackets; see the README's table).
 *
 * @param dataDir         where the portal keeps what it must not lose: the embedded database and the
 *                        uploaded files under {@code files/} ({@code PORTAL_DATA_DIR}, default {@code ./data})
 * @param officeLocation  the folder with {@code office.yml} and {@code services/*.yml}
 *                        ({@code PORTAL_OFFICE_LOCATION})
 * @param demo            whether this is a demo installation, marked as such on every page
 * @param templatesLocation the folder with the texts an office edits: {@code mail/*.txt}, later letters
 *                        ({@code PORTAL_TEMPLATES_LOCATION}, default {@code classpath:templates/})
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("classpath:offices/bekasi/") String officeLocation,
        @DefaultValue("false") boolean demo,
        @DefaultValue("classpath:templates/") String templatesLocation) {
}
