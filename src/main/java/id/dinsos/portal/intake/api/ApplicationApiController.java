package id.dinsos.portal.intake.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.intake.Applicant;
import id.dinsos.portal.intake.ApplicationDetails;
import id.dinsos.portal.intake.ApplicationIncompleteException;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.Beneficiary;
import id.dinsos.portal.intake.DocumentInfo;
import id.dinsos.portal.intake.Review;
import id.dinsos.portal.intake.TimelineEntry;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Applications from partner systems (DPMPTSP's licensing system): start a draft, upload a file per
 * requirement, submit, read back. Every call needs the partner's API key; a client reaches only the
 * applications it sent, and submits only for the services its scopes name. Who may do what is decided
 * by {@link ApplicationService}; this class translates HTTP.
 */
@RestController
@RequestMapping(path = "/api/v1/applications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Applications", description = """
        Applications sent by partner systems on a citizen's behalf. Needs an API key \
        (X-API-Key or Authorization: Bearer) with applications:write to create, upload and submit, \
        applications:read (or write) to read, and a scope naming the service (service:<code>, or service:*). \
        A client sees only the applications it sent; any other id answers 404, exactly as a missing one. \
        Errors are JSON problems (RFC 9457) whose detail is Indonesian, or English with Accept-Language: en.""")
@SecurityRequirement(name = "apiKey")
class ApplicationApiController {

    private static final Logger log = LoggerFactory.getLogger(ApplicationApiController.class);
    private static final String PROBLEM = "application/problem+json";

    private final ApplicationService intake;
    private final CatalogueService catalogue;
    private final FileStore files;
    private final OfficeService office;

    ApplicationApiController(ApplicationService intake, CatalogueService catalogue, FileStore files,
                             OfficeService office) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.files = files;
        this.office = office;
    }

    // ---------------------------------------------------------------- endpoints

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start an application (a draft)", description = """
            Creates a draft for the service. The draft may still be incomplete (answers and documents \
            can follow); malformed values are refused, every one at once. The answers are keyed by the \
            field codes of GET /api/v1/services/{code} (fields); yes/no as true/false, dates as yyyy-MM-dd, \
            numbers as digits, a multiple choice as a list of option codes.""")
    @ApiResponse(responseCode = "201", description = "The draft was created")
    @ApiResponse(responseCode = "404", description = "No service has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The key's scopes do not name this service",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Malformed values, listed in problems [{field, code, message}]",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CreatedJson> create(@RequestBody NewApplicationJson body) {
        String code = strip(body.service());
        if (code == null) {
            throw new FormRejectedException(List.of(new FieldProblem("service", "api.error.service-required")));
        }
        if (catalogue.service(code).isEmpty()) {
            throw new UnknownServiceException(code);
        }
        PersonJson person = body.applicant() == null ? new PersonJson(null, null, null, null) : body.applicant();
        Applicant applicant = new Applicant(person.name(), person.nik(), person.phone(), person.email());
        Beneficiary beneficiary = body.beneficiary() == null ? null
                : new Beneficiary(body.beneficiary().name(), body.beneficiary().nik(), body.beneficiary().relation());
        Map<String, Object> answers = body.answers() == null ? Map.of() : body.answers();
        long id;
        try {
            id = intake.startApiDraft(code, strip(body.variant()), applicant, beneficiary, answers);
        } catch (AccessDeniedException e) {
            throw new ServiceNotInScopeException(code);
        }
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id))
                .body(new CreatedJson(id, code, strip(body.variant()), ApplicationStatus.DRAFT.name()));
    }

    @PostMapping(path = "/{id}/documents/{requirementCode}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document for one requirement of a draft", description = """
            One file per call, in the multipart part named file: PDF, JPEG or PNG, judged by its content \
            (not its name or declared type), at most portal.upload.max-file-size (10 MB by default), and all \
            files of one application together at most portal.upload.max-application-size (50 MB). \
            Several files for one requirement (the pages of a scan) are several calls.""")
    @ApiResponse(responseCode = "201", description = "The file was stored for the requirement")
    @ApiResponse(responseCode = "404", description = "No such application among this client's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The application takes no more files (submitted)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The file (or the application's files together) too large; "
            + "reason TOO_LARGE or TOTAL_TOO_LARGE, detail says what to do",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by its content; reason WRONG_TYPE",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "An empty or unreadable file, or a requirement the service "
            + "has no document for", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DocumentJson> upload(@PathVariable long id,
                                        @Parameter(description = "a requirement code of the service (document: true)")
                                        @PathVariable String requirementCode,
                                        @RequestPart("file") MultipartFile file) {
        // Not this client's application: 404 before a byte is stored.
        long alreadyStored = intake.storedBytes(id);
        StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = files.store(content, Objects.requireNonNullElse(file.getOriginalFilename(), ""), alreadyStored);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
        try {
            DocumentInfo document = intake.attach(id, requirementCode, stored);
            return ResponseEntity.status(HttpStatus.CREATED).body(DocumentJson.of(document, zone()));
        } catch (RuntimeException refused) {
            // Nothing refers to the file: it must not stay behind.
            try {
                files.delete(stored.key());
            } catch (RuntimeException e) {
                log.warn("Could not delete the refused file {} of application {}", stored.key(), id, e);
            }
            throw refused;
        }
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a complete draft", description = """
            Submits the application: it gets its tracking number and the office's service time starts. \
            By calling this, the partner declares on the applicant's behalf that the documents and answers \
            are true (the declaration the applicant ticks on the portal); the partner has the applicant's \
            signed declaration on file. An incomplete draft is not changed: 422 lists the missing \
            requirement codes, field codes and applicant details.""")
    @ApiResponse(responseCode = "200", description = "Submitted")
    @ApiResponse(responseCode = "404", description = "No such application among this client's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already submitted",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Incomplete: missingRequirements, missingFields, "
            + "missingApplicant and problems [{field, code, message}]",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    SubmittedJson submit(@PathVariable long id) {
        try {
            String number = intake.submit(id, true);
            return new SubmittedJson(id, number, ApplicationStatus.SUBMITTED.name());
        } catch (ApplicationIncompleteException e) {
            throw new IncompleteException(e.review(), requirementsAndFields(id));
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of this client's applications",
            description = "Status, tracking number, answers, the documents' metadata and the timeline.")
    @ApiResponse(responseCode = "200", description = "The application")
    @ApiResponse(responseCode = "404", description = "No such application among this client's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ApplicationJson application(@PathVariable long id) {
        return ApplicationJson.of(intake.details(id), zone());
    }

    // ---------------------------------------------------------------- helpers

    private ZoneId zone() {
        return office.profile().hours().zone();
    }

    /** The service's requirement names and field labels, to name what is missing in the partner's language. */
    private ServiceTexts requirementsAndFields(long id) {
        ApplicationDetails details = intake.details(id);
        ServiceDefinition service = catalogue.service(details.serviceCode()).orElseThrow();
        return new ServiceTexts(service.requirementsFor(details.variant()), service.fieldsFor(details.variant()));
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record ServiceTexts(List<Requirement> requirements, List<FormField> fields) {
    }

    // ---------------------------------------------------------------- errors (answered by ApiProblems)

    static final class UnknownServiceException extends RuntimeException {
        final String code;

        UnknownServiceException(String code) {
            super("Unknown service");
            this.code = code;
        }
    }

    static final class ServiceNotInScopeException extends RuntimeException {
        final String service;

        ServiceNotInScopeException(String service) {
            super("Service not in the client's scopes");
            this.service = service;
        }
    }

    static final class IncompleteException extends RuntimeException {
        final Review review;
        private final ServiceTexts texts;

        IncompleteException(Review review, ServiceTexts texts) {
            super("Application incomplete");
            this.review = review;
            this.texts = texts;
        }

        /** Each missing item as a problem: the field the API names it by, and what to do. */
        List<FieldProblem> problems(Locale locale) {
            List<FieldProblem> problems = new ArrayList<>();
            for (String code : review.missingRequirements()) {
                String name = texts.requirements().stream().filter(r -> r.code().equals(code)).findFirst()
                        .map(r -> r.name().in(locale)).orElse(code);
                problems.add(new FieldProblem("documents." + code, "api.incomplete.requirement", name, code));
            }
            for (String code : review.missingFields()) {
                if (code.equals("variant")) {
                    problems.add(new FieldProblem("variant", "api.incomplete.variant"));
                    continue;
                }
                String label = texts.fields().stream().filter(f -> f.code().equals(code)).findFirst()
                        .map(f -> f.label().in(locale)).orElse(code);
                problems.add(new FieldProblem("answers." + code, "api.incomplete.field", label, code));
            }
            for (String field : review.missingPeople()) {
                problems.add(new FieldProblem(field, "api.incomplete." + field));
            }
            return problems;
        }
    }

    // ---------------------------------------------------------------- the JSON shapes

    @Schema(description = "A new application")
    record NewApplicationJson(
            @Schema(description = "the service's code (GET /api/v1/services)", example = "pemulangan-orang-terlantar",
                    requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String service,
            @Schema(description = "the kind of application, for services that have variants") @Nullable String variant,
            @Nullable PersonJson applicant,
            @Schema(description = "the person the application is for, when not the applicant") @Nullable BeneficiaryJson beneficiary,
            @Schema(description = "answers by field code", example = "{\"kota-tujuan\": \"Kabupaten Brebes, Jawa Tengah\", "
                    + "\"jumlah-orang\": 2, \"pernah-dipulangkan\": false}") @Nullable Map<String, Object> answers) {
    }

    @Schema(description = "The applicant: NIK 16 digits, mobile number (08… or +62…), e-mail")
    record PersonJson(@Nullable String nik, @Nullable String name, @Nullable String phone, @Nullable String email) {
    }

    record BeneficiaryJson(@Nullable String nik, @Nullable String name,
                           @Schema(allowableValues = {"suami-istri", "anak", "orang-tua", "saudara", "cucu", "lainnya"})
                           @Nullable String relation) {
    }

    record CreatedJson(long id, String service, @Nullable String variant,
                       @Schema(example = "DRAFT") String status) {
    }

    record DocumentJson(long id, String requirement, @Schema(description = "SHA-256 of the stored bytes, hex") String sha256,
                        @Schema(description = "bytes as stored (photos may be reduced)") long size,
                        String mediaType, String originalName, int round,
                        @Schema(type = "string", format = "date-time", example = "2026-11-25T09:15:00+07:00") String uploadedAt,
                        boolean current) {
        static DocumentJson of(DocumentInfo d, ZoneId zone) {
            return new DocumentJson(d.id(), d.requirementCode(), d.sha256(), d.size(), d.mediaType(), d.originalName(),
                    d.round(), Objects.requireNonNull(ApiTimes.format(d.uploadedAt(), zone)), d.current());
        }
    }

    record SubmittedJson(long id, @Schema(example = "POT-2026-000123") String trackingNumber,
                         @Schema(example = "SUBMITTED") String status) {
    }

    record TimelineJson(@Schema(type = "string", format = "date-time", example = "2026-11-25T09:15:00+07:00") String at,
                        @Schema(example = "SUBMITTED") String type, @Schema(example = "SUBMITTED") String status) {
        static TimelineJson of(TimelineEntry e, ZoneId zone) {
            return new TimelineJson(Objects.requireNonNull(ApiTimes.format(e.at(), zone)), e.type().name(),
                    e.status().name());
        }
    }

    record ApplicationJson(long id, String service, @Nullable String variant, String status,
                           @Nullable String trackingNumber,
                           @Schema(type = "string", format = "date-time", example = "2026-11-25T09:15:00+07:00")
                           @Nullable String submittedAt,
                           @Schema(type = "string", format = "date-time") String createdAt,
                           Map<String, Object> answers, List<DocumentJson> documents, List<TimelineJson> timeline) {
        static ApplicationJson of(ApplicationDetails a, ZoneId zone) {
            return new ApplicationJson(a.id(), a.serviceCode(), a.variant(), a.status().name(), a.trackingNumber(),
                    ApiTimes.format(a.submittedAt(), zone), Objects.requireNonNull(ApiTimes.format(a.createdAt(), zone)),
                    a.answers(), a.documents().stream().map(d -> DocumentJson.of(d, zone)).toList(),
                    a.timeline().stream().map(t -> TimelineJson.of(t, zone)).toList());
        }
    }
}
