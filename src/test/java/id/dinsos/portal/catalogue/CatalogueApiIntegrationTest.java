package id.dinsos.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;

import id.dinsos.portal.catalogue.StandarPelayananCatalogueTest.Expected;
import id.dinsos.portal.support.Http;
import id.dinsos.portal.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The public REST API as a partner system sees it, over HTTP. */
@IntegrationTest
class CatalogueApiIntegrationTest {

    @Value("${local.server.port}")
    int port;

    private Http http() {
        return new Http(port);
    }

    static List<Expected> seed() {
        return StandarPelayananCatalogueTest.seed();
    }

    @Test
    void the_list_has_exactly_the_fourteen_codes_of_the_standard() {
        HttpResponse<String> response = http().get("/api/v1/services");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        List<String> codes = new ArrayList<>();
        Http.json(response).forEach(s -> codes.add(s.get("code").asString()));
        assertThat(codes).containsExactly("sjpp", "dtks", "kis-apbn", "bansos-ppks", "rujukan", "adopsi-anak", "odgj",
                "rekomendasi-abk", "alat-bantu", "pemulangan-wts", "pemulangan-gepeng", "pemulangan-orang-terlantar",
                "rekomendasi-ugb-pub", "lks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seed")
    void each_listed_service_carries_the_seeds_time_limit_product_and_requirement_count(Expected expected) {
        JsonNode service = null;
        for (JsonNode s : Http.json(http().get("/api/v1/services"))) {
            if (s.get("code").asString().equals(expected.code())) {
                service = s;
            }
        }
        assertThat(service).isNotNull();
        assertThat(service.get("name").asString()).isNotBlank();
        assertThat(service.get("unit").asString()).isEqualTo(expected.unit());
        assertThat(service.get("channel").asString()).isEqualTo(expected.channel().name());
        assertThat(service.get("fee").decimalValue()).isZero();
        JsonNode time = service.get("timeLimit");
        assertThat(time.get("min").decimalValue()).isEqualByComparingTo(expected.min());
        assertThat(time.get("max").decimalValue()).isEqualByComparingTo(expected.max());
        assertThat(time.get("unit").asString()).isEqualTo(expected.timeUnit().name());
        assertThat(time.get("text").asString()).isNotBlank();
        assertThat(service.get("requirements")).hasSize(expected.requirements());
        JsonNode first = service.get("requirements").get(0);
        assertThat(first.has("code") && first.has("name") && first.has("variant") && first.has("mandatory")).isTrue();
        assertThat(service.get("product").asString()).containsIgnoringCase(expected.product());
    }

    @Test
    void one_service_has_all_fourteen_components() {
        JsonNode lks = Http.json(http().get("/api/v1/services/lks"));
        for (String component : List.of("requirements", "procedure", "timeLimit", "fee", "product", "complaintChannels",
                "legalBasis", "staffCount", "competence", "facilities", "supervision", "guarantee", "safety",
                "evaluation")) {
            assertThat(lks.has(component)).as(component).isTrue();
        }
        assertThat(lks.get("legalBasis").size()).isPositive();
        assertThat(lks.get("variants")).hasSize(2);
        assertThat(lks.get("staffCount").asInt()).isPositive();
    }

    @Test
    void english_is_given_when_asked_for() {
        JsonNode indonesian = Http.json(http().get("/api/v1/services/alat-bantu"));
        JsonNode english = Http.json(http().get("/api/v1/services/alat-bantu?lang=en"));
        JsonNode byHeader = Http.json(http().get("/api/v1/services/alat-bantu", "Accept-Language", "en-GB,en;q=0.9"));
        assertThat(indonesian.get("product").asString()).isEqualTo("Kursi Roda");
        assertThat(english.get("product").asString()).containsIgnoringCase("wheelchair");
        assertThat(byHeader.get("product").asString()).isEqualTo(english.get("product").asString());
    }

    @Test
    void a_service_detail_carries_its_form_fields_with_the_choices_of_a_select() {
        JsonNode fields = Http.json(http().get("/api/v1/services/alat-bantu")).get("fields");
        assertThat(fields.size()).isGreaterThanOrEqualTo(2);
        JsonNode device = null;
        for (JsonNode f : fields) {
            assertThat(f.has("code") && f.has("label") && f.has("type") && f.has("required") && f.has("options"))
                    .as(f.toString()).isTrue();
            if (f.get("code").asString().equals("alat-diminta")) {
                device = f;
            }
        }
        assertThat(device).as("the device needed").isNotNull();
        assertThat(device.get("label").asString()).isEqualTo("Alat bantu yang dibutuhkan");
        assertThat(device.get("type").asString()).isEqualTo("SELECT");
        assertThat(device.get("required").asBoolean()).isTrue();
        assertThat(device.get("help").asString()).containsIgnoringCase("kursi roda");
        JsonNode wheelchair = device.get("options").get(0);
        assertThat(wheelchair.get("code").asString()).isEqualTo("kursi-roda");
        assertThat(wheelchair.get("label").asString()).isEqualTo("Kursi roda");

        JsonNode english = Http.json(http().get("/api/v1/services/alat-bantu?lang=en")).get("fields");
        for (JsonNode f : english) {
            if (f.get("code").asString().equals("alat-diminta")) {
                assertThat(f.get("label").asString()).isEqualTo("Device needed");
                assertThat(f.get("options").get(0).get("label").asString()).isEqualTo("Wheelchair");
            }
        }
    }

    @Test
    void a_variant_field_names_its_variant() {
        JsonNode fields = Http.json(http().get("/api/v1/services/rekomendasi-ugb-pub")).get("fields");
        List<String> ugb = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (JsonNode f : fields) {
            JsonNode variant = f.get("variant");
            if (variant == null || variant.isNull()) {
                shared.add(f.get("code").asString());
            } else if (variant.asString().equals("ugb")) {
                ugb.add(f.get("code").asString());
            }
        }
        assertThat(shared).contains("nama-penyelenggara");
        assertThat(ugb).contains("nilai-hadiah").doesNotContain("target-pengumpulan");
    }

    @Test
    void an_unknown_code_answers_404_with_a_json_problem() {
        HttpResponse<String> response = http().get("/api/v1/services/tidak-ada");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("code").asString()).isEqualTo("tidak-ada");
        assertThat(problem.get("detail").asString()).contains("tidak-ada");
    }

    @Test
    void the_openapi_document_is_generated_from_the_code() {
        HttpResponse<String> response = http().get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = Http.json(response);
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/v1/services")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/services/{code}")).isTrue();
        assertThat(doc.get("components").get("schemas").has("ServiceSummary")).isTrue();
    }

    @Test
    void health_is_reported_for_operations() {
        HttpResponse<String> response = http().get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("status").asString()).isEqualTo("UP");
    }
}
