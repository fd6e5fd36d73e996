package id.dinsos.portal.organisation.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.dinsos.portal.organisation.OpenedDocument;
import id.dinsos.portal.organisation.OrganisationDocumentService;
import id.dinsos.portal.shared.RecordNotFoundException;

/**
 * Downloads of an organisation's library documents, for its members: the link in the organisation's
 * page. Signed in with the session like the views (the security chain sends an anonymous visitor to
 * the sign-in page, and back here afterwards); who may read is decided by
 * {@link OrganisationDocumentService#open}, so someone else's document answers 404 exactly like a
 * missing one. Always a download ({@code attachment}), never shown inline, with the media type the
 * content showed when it was stored, {@code nosniff}, and no copy kept by browsers or proxies.
 */
@RestController
class OrganisationDocumentController {

    static final String PATH = "/organisasi/{organisationId}/dokumen/{documentId}";

    private final OrganisationDocumentService documents;

    OrganisationDocumentController(OrganisationDocumentService documents) {
        this.documents = documents;
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> download(@PathVariable long organisationId, @PathVariable long documentId) {
        OpenedDocument document = documents.open(organisationId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                // The body is the stream itself; Spring closes it once written.
                .body(new InputStreamResource(document.content()));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setTitle("Document not found");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(problem);
    }

    /**
     * {@code attachment} with the name twice (RFC 6266): {@code filename} as plain ASCII for old clients
     * (anything else, quotes and backslashes become {@code _}), {@code filename*} in UTF-8 with
     * percent-encoding (RFC 5987) for the rest. The name was cleaned when stored (no folders, no control
     * characters).
     */
    static String attachment(String originalName) {
        StringBuilder ascii = new StringBuilder();
        originalName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                ? (char) c : '_'));
        String encoded = URLEncoder.encode(originalName, StandardCharsets.UTF_8).replace("+", "%20")
                // URLEncoder keeps these, RFC 5987's attr-char does not allow them.
                .replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
