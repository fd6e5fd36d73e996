package id.dinsos.portal.catalogue.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.shared.i18n.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public catalogue API for the office's website and partner systems (DPMPTSP). Texts are in
 * Indonesian unless {@code lang=en} or an English {@code Accept-Language} asks otherwise.
 */
@RestController
@RequestMapping(path = "/api/v1/services", produces = "application/json")
@Tag(name = "Catalogue", description = "The services of the office's Standar Pelayanan")
class ServiceApiController {

    private final CatalogueService catalogue;
    private final OfficeService office;

    ServiceApiController(CatalogueService catalogue, OfficeService office) {
        this.catalogue = catalogue;
        this.office = office;
    }

    @GetMapping
    @Operation(summary = "Every service of the Standar Pelayanan, in the standard's order")
    List<ServiceSummary> services(
            @Parameter(description = "id (default) or en") @RequestParam(name = "lang", required = false) @Nullable String lang,
            @RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
        Locale locale = locale(lang, acceptLanguage);
        OfficeProfile profile = office.profile();
        return catalogue.services().stream().map(s -> ServiceSummary.of(s, profile, locale)).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One service with all 14 components of its standard")
    @ApiResponse(responseCode = "200", description = "The service")
    @ApiResponse(responseCode = "404", description = "No service has this code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ServiceDetail service(@PathVariable String code,
                          @RequestParam(name = "lang", required = false) @Nullable String lang,
                          @RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
        Locale locale = locale(lang, acceptLanguage);
        ServiceDefinition service = catalogue.service(code).orElseThrow(() -> new UnknownServiceException(code));
        return ServiceDetail.of(service, office.profile(), locale);
    }

    @ExceptionHandler(UnknownServiceException.class)
    ProblemDetail unknownService(UnknownServiceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No service has the code '" + e.code + "'. GET /api/v1/services lists the codes.");
        problem.setTitle("Service not found");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("code", e.code);
        return problem;
    }

    private static Locale locale(@Nullable String lang, @Nullable String acceptLanguage) {
        if (Languages.isSupportedTag(lang)) {
            return Languages.fromTag(lang);
        }
        return Languages.fromTag(acceptLanguage);
    }

    static final class UnknownServiceException extends RuntimeException {
        final String code;

        UnknownServiceException(String code) {
            super("Unknown service " + code);
            this.code = code;
        }
    }

    // ---- the JSON shapes (records, so the OpenAPI document is generated from them) ----

    @Schema(description = "A time limit: a range in one unit, with the standard's own wording")
    record TimeLimitJson(BigDecimal min, BigDecimal max,
                         @Schema(allowableValues = {"MINUTES", "HOURS", "WORKING_DAYS", "CALENDAR_DAYS", "MONTHS", "YEARS"})
                         String unit, String text) {
        static TimeLimitJson of(ServiceDefinition s, Locale locale) {
            return new TimeLimitJson(s.timeLimit().min(), s.timeLimit().max(), s.timeLimit().unit().name(),
                    s.timeLimit().text().in(locale));
        }
    }

    record RequirementJson(String code, String name, @Nullable String note, @Nullable String variant,
                           boolean mandatory, boolean document) {
        static RequirementJson of(Requirement r, Locale locale) {
            return new RequirementJson(r.code(), r.name().in(locale), r.note() == null ? null : r.note().in(locale),
                    r.variant(), r.isMandatory(), r.isDocument());
        }
    }

    record VariantJson(String code, String name) {
    }

    record OptionJson(String code, String label) {
    }

    @Schema(description = "A question of the service's application form")
    record FieldJson(String code, String label, @Schema(allowableValues = {"TEXT", "TEXTAREA", "NUMBER", "DATE",
            "SELECT", "MULTISELECT", "YES_NO", "NIK", "PHONE", "EMAIL", "REGION", "MONEY"}) String type,
                     boolean required, List<OptionJson> options, @Nullable String help, @Nullable String variant,
                     @Nullable Integer maxLength) {
        static FieldJson of(FormField f, Locale locale) {
            return new FieldJson(f.code(), f.label().in(locale), f.type().name(), f.isRequired(),
                    f.options().stream().map(o -> new OptionJson(o.code(), o.label().in(locale))).toList(),
                    f.help() == null ? null : f.help().in(locale), f.variant(), f.maxLength());
        }
    }

    record ServiceSummary(String code, String name, String unit, String unitName,
                          @Schema(allowableValues = {"ONLINE", "COUNTER", "REPORT", "DPMPTSP"}) String channel,
                          @Schema(description = "Fee in rupiah") BigDecimal fee, String feeText,
                          TimeLimitJson timeLimit, List<VariantJson> variants, List<RequirementJson> requirements,
                          String product, String url) {
        static ServiceSummary of(ServiceDefinition s, OfficeProfile profile, Locale locale) {
            return new ServiceSummary(s.code(), s.name().in(locale), s.unit(), unitNameOf(s, profile, locale),
                    s.channel().name(), s.fee().amount(), s.fee().text().in(locale), TimeLimitJson.of(s, locale),
                    variantsOf(s, locale), requirementsOf(s, locale), s.product().in(locale),
                    "/layanan/" + s.code());
        }
    }

    record ServiceDetail(String code, String section, String name, String officialName, String summary,
                         String unit, String unitName, @Nullable String team, String channel, String channelNote,
                         BigDecimal fee, String feeText, TimeLimitJson timeLimit, List<VariantJson> variants,
                         List<RequirementJson> requirements, @Nullable String requirementsNote,
                         List<FieldJson> fields,
                         List<String> procedure, String product, List<String> complaintChannels,
                         List<String> legalBasis, int staffCount, String staffText, List<String> competence,
                         List<String> facilities, List<String> supervision, List<String> supervisionChain,
                         List<String> guarantee, List<String> safety, List<String> evaluation, String url) {
        static ServiceDetail of(ServiceDefinition s, OfficeProfile profile, Locale locale) {
            return new ServiceDetail(s.code(), s.section(), s.name().in(locale), s.officialName().in(locale),
                    s.summary().in(locale), s.unit(), unitNameOf(s, profile, locale), s.team(), s.channel().name(),
                    s.channelNote().in(locale), s.fee().amount(), s.fee().text().in(locale),
                    TimeLimitJson.of(s, locale), variantsOf(s, locale), requirementsOf(s, locale),
                    s.requirementsNote() == null ? null : s.requirementsNote().in(locale),
                    s.fields().stream().map(f -> FieldJson.of(f, locale)).toList(),
                    texts(s.procedure(), locale), s.product().in(locale), texts(s.complaintChannels(), locale),
                    texts(s.legalBasis(), locale), s.staff().count(), s.staff().text().in(locale),
                    texts(s.competence(), locale), texts(s.facilities(), locale), texts(s.supervision(), locale),
                    s.supervisionChain(), texts(s.guarantee(), locale), texts(s.safety(), locale),
                    texts(s.evaluation(), locale), "/layanan/" + s.code());
        }
    }

    private static String unitNameOf(ServiceDefinition s, OfficeProfile profile, Locale locale) {
        return profile.unit(s.unit()).map(u -> u.name().in(locale)).orElse(s.unit());
    }

    private static List<VariantJson> variantsOf(ServiceDefinition s, Locale locale) {
        return s.variants().stream().map(v -> new VariantJson(v.code(), v.name().in(locale))).toList();
    }

    private static List<RequirementJson> requirementsOf(ServiceDefinition s, Locale locale) {
        return s.requirements().stream().map(r -> RequirementJson.of(r, locale)).toList();
    }

    private static List<String> texts(List<LocalizedText> texts, Locale locale) {
        return texts.stream().map(t -> t.in(locale)).toList();
    }
}
