package id.dinsos.portal.letter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.dinsos.portal.letter.LetterService;
import id.dinsos.portal.shared.RecordNotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /surat/{id}/unduh}: a signed letter for the signed-in browser, streamed as issued. Who may
 * have it is {@link LetterService#download}'s rule; any refusal, a draft, a missing or malformed id all
 * answer the same 404.
 */
@Controller
class LetterDownloadController {

    private final LetterService letters;

    LetterDownloadController(LetterService letters) {
        this.letters = letters;
    }

    @GetMapping("/surat/{id}/unduh")
    void download(@PathVariable String id, HttpServletResponse response) throws IOException {
        LetterService.Download download = letters.download(number(id));
        try (InputStream content = download.content()) {
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(MediaType.APPLICATION_PDF_VALUE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            OutputStream out = response.getOutputStream();
            content.transferTo(out);
            out.flush();
        }
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body("404\n");
    }

    private static long number(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RecordNotFoundException("Letter");
        }
        return Long.parseLong(text);
    }
}
