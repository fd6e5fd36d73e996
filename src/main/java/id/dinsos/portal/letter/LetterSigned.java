package id.dinsos.portal.letter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A letter was signed and issued; intake (or the back office) may move its application on. */
public record LetterSigned(long letterId, @Nullable Long applicationId, String letterType, String number, Instant at) {
}
