package id.dinsos.portal.intake;

import org.jspecify.annotations.Nullable;

/**
 * What the office asks to be corrected: a requirement's document (replace the file) or a form field
 * (change the answer), and the reason in the officer's words. Exactly one of the two codes is set.
 */
public record CorrectionItem(@Nullable String requirementCode, @Nullable String fieldCode, String reason) {

    public CorrectionItem {
        if ((requirementCode == null) == (fieldCode == null)) {
            throw new IllegalArgumentException("a correction names either a requirement or a field");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction says why");
        }
    }

    public static CorrectionItem document(String requirementCode, String reason) {
        return new CorrectionItem(requirementCode, null, reason);
    }

    public static CorrectionItem field(String fieldCode, String reason) {
        return new CorrectionItem(null, fieldCode, reason);
    }
}
