package id.dinsos.portal.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationService.OpenedDocument;
import id.dinsos.portal.intake.Receipt;
import id.dinsos.portal.intake.ReceiptService;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.i18n.Languages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The downloads of an application, for the signed-in browser (session cookie; an anonymous request is
 * sent to the sign-in page like any protected page, see SecurityConfiguration):
 * <ul>
 * <li>{@code GET /permohonan/{id}/tanda-terima.pdf}: the receipt of a submitted application;</li>
 * <li>{@code GET /permohonan/{id}/berkas/{documentId}}: one of its files, streamed as stored.</li>
 * </ul>
 * Another person's application, a file of another application, a draft's receipt, an id that does
 * not exist or is not a number: all answer the same 404 with the same body, so that an id reveals
 * nothing (docs/access-rules.md). Nothing here is cached by the browser or a proxy.
 */
@Controller
class ApplicationDownloadController {

    static final String CACHE_CONTROL = "private, no-store";

    private final ApplicationService applications;
    private final ReceiptService receipts;
    private final MessageSource messages;

    ApplicationDownloadController(ApplicationService applications, ReceiptService receipts, MessageSource messages) {
        this.applications = applications;
        this.receipts = receipts;
        this.messages = messages;
    }

    @GetMapping("/permohonan/{id}/tanda-terima.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String id,
                                   @RequestParam(name = Languages.PARAMETER, required = false) @Nullable String lang,
                                   @CookieValue(name = Languages.COOKIE, required = false) @Nullable String cookie) {
        Receipt receipt = receipts.receipt(number(id), locale(lang, cookie));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(receipt.pdf().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(receipt.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header("X-Content-Type-Options", "nosniff")
                .body(receipt.pdf());
    }

    /** Streams the stored bytes to the browser: never read into memory as a whole. */
    @GetMapping("/permohonan/{id}/berkas/{documentId}")
    void document(@PathVariable String id, @PathVariable String documentId,
                  @RequestParam(name = "inline", required = false) @Nullable String inline,
                  HttpServletResponse response) throws IOException {
        OpenedDocument document = applications.openDocument(number(id), number(documentId));
        try (InputStream content = document.content()) {
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(document.type().mediaType());
            response.setContentLengthLong(document.info().size());
            // ?inline=1: shown in the case screen's preview (a frame of this origin) instead of saved.
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, inline != null
                    ? ContentDisposition.inline().filename(document.info().originalName(), StandardCharsets.UTF_8).build()
                            .toString()
                    : attachment(document.info().originalName()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.setHeader("X-Content-Type-Options", "nosniff");
            OutputStream out = response.getOutputStream();
            content.transferTo(out);
            out.flush();
        }
    }

    /**
     * The one answer for "nothing here for you": no path, id or time in it, so that a missing record and
     * someone else's record cannot be told apart.
     */
    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<String> notFound(HttpServletRequest request) {
        Locale locale = locale(request.getParameter(Languages.PARAMETER), cookie(request));
        String title = HtmlUtils.htmlEscape(messages.getMessage("intake.download.not-found.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("intake.download.not-found.text", null, locale));
        String home = HtmlUtils.htmlEscape(messages.getMessage("intake.download.not-found.home", null, locale));
        String body = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">" + home
                + "</a></p></main></body></html>\n";
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /**
     * {@code attachment; filename="Foto Ibu Septiani _ kursi roda.pdf"; filename*=UTF-8''Foto%20Ibu%20S%C3%A9ptiani...}:
     * the original name for browsers (RFC 6266 with RFC 5987), and Spring's ASCII stand-in for the
     * few clients that read only {@code filename}.
     */
    static String attachment(String originalName) {
        return ContentDisposition.attachment().filename(originalName, StandardCharsets.UTF_8).build().toString();
    }

    /** Indonesian unless the person chose English (?lang=en, or the language cookie the pages set). */
    private static Locale locale(@Nullable String parameter, @Nullable String cookie) {
        if (Languages.isSupportedTag(parameter)) {
            return Languages.fromTag(parameter);
        }
        return Languages.fromTag(cookie);
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (var cookie : request.getCookies()) {
            if (Languages.COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** An id as the path gives it; anything but a positive number names no record. */
    private static long number(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RecordNotFoundException("Application");
        }
        return Long.parseLong(text);
    }
}
