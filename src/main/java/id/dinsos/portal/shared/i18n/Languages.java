package id.dinsos.portal.shared.i18n;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The portal's languages: Indonesian first (the default for everyone), English complete. */
public final class Languages {

    public static final Locale INDONESIAN = Locale.of("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    /** The cookie that remembers a person's choice across visits. */
    public static final String COOKIE = "portal_lang";
    /** The query parameter that selects a language in a link ({@code ?lang=en}). */
    public static final String PARAMETER = "lang";

    private Languages() {
    }

    /** The supported locale for a language tag or locale; Indonesian for anything else. */
    public static Locale supported(@Nullable Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    public static Locale fromTag(@Nullable String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : INDONESIAN;
    }

    public static boolean isSupportedTag(@Nullable String tag) {
        if (tag == null) {
            return false;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        return t.equals("id") || t.equals("en");
    }
}
