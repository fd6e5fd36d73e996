package id.dinsos.portal.intake.api;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.intake.PublicTracking;
import id.dinsos.portal.intake.TrackingService;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.i18n.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public tracking of a submitted application, without a key: the tracking number and the last four
 * digits of the applicant's NIK or mobile number show the status and timeline, never personal data.
 */
@RestController
@RequestMapping(path = "/api/v1/track", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tracking", description = "Where a submitted application stands (public, no API key)")
class TrackingApiController {

    private final TrackingService tracking;
    private final CatalogueService catalogue;
    private final OfficeService office;

    TrackingApiController(TrackingService tracking, CatalogueService catalogue, OfficeService office) {
        this.tracking = tracking;
        this.catalogue = catalogue;
        this.office = office;
    }

    @GetMapping("/{trackingNumber}")
    @Operation(summary = "Status and timeline of a submitted application", description = """
            Needs the tracking number and, as verifier, the last four digits of the applicant's NIK or \
            mobile number. A wrong verifier answers exactly like an unknown number (404); after ten wrong \
            attempts the number is locked for a while (429 with Retry-After).""")
    @ApiResponse(responseCode = "200", description = "The application's public status")
    @ApiResponse(responseCode = "404", description = "Unknown number, or the verifier does not match",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many wrong attempts for this number",
            headers = @Header(name = "Retry-After", description = "seconds to wait"),
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    TrackingJson track(@Parameter(example = "POT-2026-000123") @PathVariable String trackingNumber,
                       @Parameter(description = "the last four digits of the applicant's NIK or mobile number",
                               example = "0003") @RequestParam(name = "verifier", required = false) @Nullable String verifier,
                       @RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
        return switch (tracking.track(trackingNumber, verifier)) {
            case TrackingService.Outcome.Found found -> TrackingJson.of(found.tracking(), serviceName(found.tracking(),
                    acceptLanguage), office.profile().hours().zone());
            case TrackingService.Outcome.NotFound notFound -> throw new NotFoundException();
            case TrackingService.Outcome.Locked locked -> throw new LockedException();
        };
    }

    private String serviceName(PublicTracking found, @Nullable String acceptLanguage) {
        return catalogue.service(found.serviceCode()).map(s -> s.name().in(Languages.fromTag(acceptLanguage)))
                .orElse(found.serviceCode());
    }

    static final class NotFoundException extends RuntimeException {
        NotFoundException() {
            super("Tracking number not found", null, false, false);
        }
    }

    static final class LockedException extends RuntimeException {
        LockedException() {
            super("Tracking number locked", null, false, false);
        }
    }

    record TimelineJson(@Schema(type = "string", format = "date-time", example = "2026-11-25T09:15:00+07:00") String at,
                        @Schema(example = "SUBMITTED") String type, @Schema(example = "SUBMITTED") String status) {
    }

    record TrackingJson(String trackingNumber, @Schema(example = "pemulangan-orang-terlantar") String service,
                        String serviceName, @Schema(example = "SUBMITTED") String status,
                        @Schema(type = "string", format = "date-time", example = "2026-11-25T09:15:00+07:00")
                        @Nullable String submittedAt,
                        @Schema(description = "The expected completion: the service clock's deadline as it stands "
                                + "(office calendar, pauses for corrections given back); absent once decided",
                                type = "string", format = "date-time", example = "2026-12-09T15:30:00+07:00")
                        @Nullable String dueAt,
                        List<TimelineJson> timeline) {
        static TrackingJson of(PublicTracking t, String serviceName, ZoneId zone) {
            return new TrackingJson(t.trackingNumber(), t.serviceCode(), serviceName, t.status().name(),
                    ApiTimes.format(t.submittedAt(), zone), ApiTimes.format(t.dueAt(), zone),
                    t.timeline().stream().map(e -> new TimelineJson(Objects.requireNonNull(ApiTimes.format(e.at(), zone)),
                            e.type().name(), e.status().name())).toList());
        }
    }
}
