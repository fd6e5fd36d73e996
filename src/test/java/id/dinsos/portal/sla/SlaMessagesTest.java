package id.dinsos.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every state and holiday type can be shown in both languages. */
class SlaMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void every_state_and_holiday_type_has_a_label(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle)) {
            assertThat(in).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (SlaState state : SlaState.values()) {
            assertThat(texts).containsKey(state.messageKey());
        }
        for (HolidayType type : HolidayType.values()) {
            assertThat(texts).containsKey(type.messageKey());
        }
        assertThat(texts).containsKeys("sla.holiday.error.duplicate", "sla.holiday.error.name", "sla.paused");
    }
}
