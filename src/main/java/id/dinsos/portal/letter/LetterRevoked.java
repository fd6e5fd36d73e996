package id.dinsos.portal.letter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A signed letter was revoked by its signer. */
public record LetterRevoked(long letterId, @Nullable Long applicationId, String number, Instant at) {
}
