package id.dinsos.portal.shared.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/** The header of the OpenAPI document that springdoc generates from the controllers at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Portal Layanan Sosial API")
                .version("v1")
                .description("Public API of the Portal Layanan Sosial: the office's service catalogue "
                        + "(Standar Pelayanan). Texts are Indonesian by default; add lang=en for English.")
                .license(new License().name("Apache-2.0")));
    }
}
