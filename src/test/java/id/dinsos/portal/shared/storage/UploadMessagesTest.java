package id.dinsos.portal.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.shared.storage.UploadRejectedException.Reason;

/**
 * Every refusal has its text in both languages, with the limit where it has one; the keys the upload
 * field asks for exist (the bundle test's scan does not see keys with dashes).
 */
class UploadMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UploadMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_reason_is_explained_in_indonesian_and_english() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties bundle = bundle(name);
            for (Reason reason : Reason.values()) {
                assertThat(bundle.getProperty(reason.messageKey())).as(name + " " + reason).isNotBlank();
            }
            for (Reason withLimit : new Reason[] {Reason.TOO_LARGE, Reason.TOTAL_TOO_LARGE, Reason.IMAGE_TOO_LARGE}) {
                assertThat(bundle.getProperty(withLimit.messageKey())).as(name + " " + withLimit).contains("{0}");
            }
        }
    }

    @Test
    void the_limit_is_written_the_readers_way() throws IOException {
        String indonesian = bundle("messages.properties").getProperty(Reason.TOO_LARGE.messageKey());
        String english = bundle("messages_en.properties").getProperty(Reason.TOO_LARGE.messageKey());
        Number half = UploadRejectedException.megabytes(512 * 1024);
        assertThat(new MessageFormat(indonesian, Locale.forLanguageTag("id")).format(new Object[] {half})).contains("0,5 MB");
        assertThat(new MessageFormat(english, Locale.ENGLISH).format(new Object[] {half})).contains("0.5 MB");
        assertThat(new MessageFormat(english, Locale.ENGLISH).format(new Object[] {UploadRejectedException.megabytes(10L << 20)}))
                .contains("10 MB");
    }

    @Test
    void every_key_the_upload_field_asks_for_exists_in_both_languages() throws IOException {
        Properties id = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        String source = Files.readString(Path.of("src/main/java/id/dinsos/portal/shared/ui/DocumentUpload.java"));
        Matcher key = Pattern.compile("\"(upload\\.[a-z.-]+)\"").matcher(source);
        int found = 0;
        while (key.find()) {
            found++;
            assertThat(id).as("id").containsKey(key.group(1));
            assertThat(en).as("en").containsKey(key.group(1));
        }
        assertThat(found).isGreaterThan(15);
    }
}
