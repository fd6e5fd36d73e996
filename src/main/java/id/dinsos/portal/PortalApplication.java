package id.dinsos.portal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/**
 * Portal Layanan Sosial: the online public-service portal of a Dinas Sosial.
 *
 * <p>The application shell loads Lumo and the portal's own stylesheet from {@code frontend/}; no
 * frontend build is involved (docs/adr/0003).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#0b5c4a")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        // The first paint already has a title; each view then sets its own, in the person's language.
        settings.setPageTitle("Portal Layanan Sosial");
        settings.addFavIcon("icon", "images/logo-kabupaten-bekasi.svg", "64x64");
    }

    /** Every reading of the time goes through this clock, so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
