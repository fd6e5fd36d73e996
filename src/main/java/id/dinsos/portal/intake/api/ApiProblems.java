package id.dinsos.portal.intake.api;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.intake.ApplicationStateException;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.shared.storage.UploadPolicy;
import id.dinsos.portal.shared.storage.UploadRejectedException;
import id.dinsos.portal.shared.storage.UploadRejectedException.Reason;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The intake API's errors as JSON problems (RFC 9457) whose {@code detail} says what is wrong and
 * what to do, in Indonesian, or in English with {@code Accept-Language: en}; the texts come from the
 * portal's i18n bundles, the same the citizen's pages show. Validation problems list every field at
 * once ({@code problems}: field, code = message key, message).
 * <p>
 * First among the advices, so that an upload the servlet container refuses as too large is answered
 * here (413 with the portal's own message) rather than by Spring's generic handler.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    static final String PROBLEM_JSON = "application/problem+json";

    private final MessageSource messages;
    private final UploadPolicy uploadPolicy;
    private final Duration trackingLock;

    ApiProblems(MessageSource messages, UploadPolicy uploadPolicy,
                @Value("${portal.login.lock-duration:PT15M}") Duration trackingLock) {
        this.messages = messages;
        this.uploadPolicy = uploadPolicy;
        this.trackingLock = trackingLock;
    }

    /** One thing wrong with a request, by the field the API names it with. */
    record Problem(String field, String code, String message) {
    }

    // ---------------------------------------------------------------- 404, 403, 409

    @ExceptionHandler(ApplicationApiController.UnknownServiceException.class)
    ProblemDetail unknownService(ApplicationApiController.UnknownServiceException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Service not found",
                text(request, "api.error.unknown-service", e.code));
        problem.setProperty("code", "api.error.unknown-service");
        return problem;
    }

    /** A missing application and someone else's answer exactly alike: nothing tells them apart. */
    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not found", text(request, "api.error.not-found"));
        problem.setProperty("code", "api.error.not-found");
        return problem;
    }

    @ExceptionHandler(ApplicationApiController.ServiceNotInScopeException.class)
    ProblemDetail notInScope(ApplicationApiController.ServiceNotInScopeException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Forbidden", text(request, "api.error.scope", e.service));
        problem.setProperty("code", "api.error.scope");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "The API key does not have the scope this request needs.");
    }

    @ExceptionHandler(ApplicationStateException.class)
    ProblemDetail state(ApplicationStateException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", text(request, e.messageKey()));
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    // ---------------------------------------------------------------- 422

    @ExceptionHandler(FormRejectedException.class)
    ProblemDetail rejected(FormRejectedException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid values",
                text(locale, "api.error.invalid"));
        problem.setProperty("problems", e.problems().stream().map(p -> problem(p, locale)).toList());
        return problem;
    }

    @ExceptionHandler(ApplicationApiController.IncompleteException.class)
    ProblemDetail incomplete(ApplicationApiController.IncompleteException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Application incomplete",
                text(locale, "api.error.incomplete"));
        problem.setProperty("missingRequirements", e.review.missingRequirements());
        problem.setProperty("missingFields", e.review.missingFields());
        problem.setProperty("missingApplicant", e.review.missingPeople());
        problem.setProperty("problems", e.problems(locale).stream().map(p -> problem(p, locale)).toList());
        return problem;
    }

    // ---------------------------------------------------------------- uploads: 415, 413, 422

    @ExceptionHandler(UploadRejectedException.class)
    ProblemDetail uploadRejected(UploadRejectedException e, HttpServletRequest request) {
        HttpStatus status = switch (e.reason()) {
            case WRONG_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE, TOTAL_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case EMPTY, IMAGE_TOO_LARGE, UNREADABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return upload(status, e.reason(), text(request, e.reason().messageKey(), e.argsArray()));
    }

    /** The container stopped reading a file far above the limit: the same answer as the store's own refusal. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        Number megabytes = UploadRejectedException.megabytes(uploadPolicy.maxFileSize().toBytes());
        return upload(HttpStatus.CONTENT_TOO_LARGE, Reason.TOO_LARGE,
                text(request, Reason.TOO_LARGE.messageKey(), megabytes));
    }

    private ProblemDetail upload(HttpStatus status, Reason reason, String detail) {
        ProblemDetail problem = problem(status, "Upload refused", detail);
        problem.setProperty("reason", reason.name());
        problem.setProperty("code", reason.messageKey());
        problem.setProperty("acceptedTypes", List.of("application/pdf", "image/jpeg", "image/png"));
        problem.setProperty("maxFileSizeBytes", uploadPolicy.maxFileSize().toBytes());
        problem.setProperty("maxApplicationSizeBytes", uploadPolicy.maxApplicationSize().toBytes());
        return problem;
    }

    // ---------------------------------------------------------------- public tracking: 404, 429

    @ExceptionHandler(TrackingApiController.NotFoundException.class)
    ProblemDetail trackingNotFound(TrackingApiController.NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not found", text(request, "api.tracking.not-found"));
        problem.setProperty("code", "api.tracking.not-found");
        return problem;
    }

    @ExceptionHandler(TrackingApiController.LockedException.class)
    ResponseEntity<ProblemDetail> trackingLocked(TrackingApiController.LockedException e, HttpServletRequest request) {
        long minutes = Math.max(1, (trackingLock.toSeconds() + 59) / 60);
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
                text(request, "api.tracking.locked", minutes));
        problem.setProperty("code", "api.tracking.locked");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(trackingLock.toSeconds()))
                .body(problem);
    }

    // ---------------------------------------------------------------- helpers

    private Problem problem(FieldProblem p, Locale locale) {
        return new Problem(p.field(), p.messageKey(), text(locale, p.messageKey(), p.args()));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private String text(HttpServletRequest request, String key, Object... args) {
        return text(locale(request), key, args);
    }

    private String text(Locale locale, String key, Object... args) {
        String text = messages.getMessage(key, args, key, locale);
        return text == null ? key : text;
    }

    /**
     * The partner's language from {@code Accept-Language}: English when it asks for English, Indonesian
     * otherwise. Never a request parameter: reading one would parse a multipart body.
     */
    static Locale locale(HttpServletRequest request) {
        return Languages.fromTag(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
