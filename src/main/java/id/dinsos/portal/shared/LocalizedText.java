package id.dinsos.portal.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A text that a person reads, in Indonesian (required, the authoritative wording) and English
 * (optional: the portal falls back to Indonesian rather than show nothing).
 */
public record LocalizedText(String id, @Nullable String en) {

    public LocalizedText {
        Assert.hasText(id, "The Indonesian text is required");
    }

    public static LocalizedText of(String id, @Nullable String en) {
        return new LocalizedText(id, en);
    }

    /** The text in the given locale's language, Indonesian when there is no translation. */
    public String in(@Nullable Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return id;
    }

    public boolean hasEnglish() {
        return en != null && !en.isBlank();
    }
}
