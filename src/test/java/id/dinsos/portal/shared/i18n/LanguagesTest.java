package id.dinsos.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.shared.LocalizedText;

class LanguagesTest {

    @Test
    void indonesian_is_the_default_for_anything_but_english() {
        assertThat(Languages.supported(null)).isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.supported(Locale.GERMAN)).isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.supported(Locale.UK)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromTag("en-US,en;q=0.9")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromTag("id-ID")).isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.fromTag(null)).isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.INDONESIAN.getLanguage()).isEqualTo("id");
    }

    @Test
    void only_the_two_languages_are_accepted_as_a_choice() {
        assertThat(Languages.isSupportedTag("en")).isTrue();
        assertThat(Languages.isSupportedTag("ID")).isTrue();
        assertThat(Languages.isSupportedTag("fr")).isFalse();
        assertThat(Languages.isSupportedTag(null)).isFalse();
    }

    @Test
    void a_text_without_translation_falls_back_to_indonesian() {
        LocalizedText both = new LocalizedText("Kursi roda", "Wheelchair");
        LocalizedText onlyIndonesian = new LocalizedText("Kursi roda", null);
        assertThat(both.in(Languages.ENGLISH)).isEqualTo("Wheelchair");
        assertThat(both.in(Languages.INDONESIAN)).isEqualTo("Kursi roda");
        assertThat(onlyIndonesian.in(Languages.ENGLISH)).isEqualTo("Kursi roda");
        assertThat(new LocalizedText("Kursi roda", " ").in(Languages.ENGLISH)).isEqualTo("Kursi roda");
    }
}
