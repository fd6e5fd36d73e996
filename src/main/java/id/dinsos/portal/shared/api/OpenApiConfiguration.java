package id.dinsos.portal.shared.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The header of the OpenAPI document that springdoc generates from the controllers at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name controllers refer to with {@code @SecurityRequirement(name = "apiKey")}. */
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Portal Layanan Sosial API")
                .version("v1")
                .description("Public API of the Portal Layanan Sosial: the office's service catalogue "
                        + "(Standar Pelayanan) and the public tracking of applications; for partner systems with "
                        + "an API key, applications on a citizen's behalf (create, upload documents, submit, read). "
                        + "Texts are Indonesian by default; add lang=en (catalogue) or Accept-Language: en for English.")
                .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("The partner's API key, made by the portal's administrator (admin/klien-api); "
                                + "'Authorization: Bearer <key>' works as well.")));
    }
}
