package id.dinsos.portal.letter.api;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.dinsos.portal.letter.LetterVerification;
import id.dinsos.portal.office.OfficeService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public verification of an issued letter by the code of its QR code, without a key: what the letter
 * shows (number, date, type, signer), whether it is still valid or was revoked (when, why), the holder's
 * name partly masked and the SHA-256 of the issued file.
 */
@RestController
@RequestMapping(path = "/api/v1/letters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Letters", description = "Verification of the office's signed letters (public, no API key)")
class LetterVerificationApiController {

    private final LetterVerification verification;
    private final OfficeService office;

    LetterVerificationApiController(LetterVerification verification, OfficeService office) {
        this.verification = verification;
        this.office = office;
    }

    @GetMapping("/{code}")
    @Operation(summary = "An issued letter by its verification code", description = """
            The code is the last part of the address in the letter's QR code (26 characters). An unknown code \
            answers 404. Compare the SHA-256 with the file you hold: equal means it is exactly the letter issued.""")
    @ApiResponse(responseCode = "200", description = "The letter, valid or revoked")
    @ApiResponse(responseCode = "404", description = "No issued letter has this code")
    ResponseEntity<?> letter(@Parameter(example = "k5v2q7mxw3a4bcdefghijklmno") @PathVariable String code) {
        return verification.byCode(code).<ResponseEntity<?>>map(l -> ResponseEntity.ok(LetterJson.of(l,
                office.profile().hours().zone()))).orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "No issued letter has this verification code.");
                    problem.setTitle("Not Found");
                    problem.setType(URI.create("about:blank"));
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(problem);
                });
    }

    record LetterJson(String number, @Schema(type = "string", format = "date") String issuedOn,
                      @Schema(example = "rekomendasi-sjpp") String letterType, String title, String signer,
                      @Schema(example = "VALID", allowableValues = {"VALID", "REVOKED"}) String status,
                      @Schema(type = "string", format = "date-time") @Nullable String revokedAt,
                      @Nullable String revocationReason,
                      @Schema(example = "S*** A*****") @Nullable String holder, String sha256) {

        static LetterJson of(LetterVerification.PublicLetter l, ZoneId zone) {
            return new LetterJson(l.number(), l.issuedOn().toString(), l.letterType(), l.title(), l.signer(),
                    l.status().name(), l.revokedAt() == null ? null
                            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(l.revokedAt().atZone(zone)),
                    l.revocationReason(), l.holder(), l.sha256());
        }
    }
}
