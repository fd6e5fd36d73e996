package id.dinsos.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.catalogue.Channel;
import id.dinsos.portal.catalogue.TimeLimitUnit;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.Beneficiary;
import id.dinsos.portal.intake.TimelineType;
import id.dinsos.portal.organisation.DocumentKind;
import id.dinsos.portal.shared.identity.InvalidIdentityNumberException;

/**
 * Indonesian first, English complete: both bundles have the same keys, no empty text, the same
 * placeholders; every key the code asks for exists; and no view writes user-facing text directly.
 */
class I18nBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void indonesian_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> id = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys missing in English").containsAll(id);
        assertThat(id).as("keys missing in Indonesian").containsAll(en);
    }

    @Test
    void no_text_is_empty_and_placeholders_match_between_languages() throws IOException {
        Properties id = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        for (String key : id.stringPropertyNames()) {
            assertThat(id.getProperty(key)).as("id " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(placeholders(en.getProperty(key))).as("placeholders of " + key)
                    .isEqualTo(placeholders(id.getProperty(key)));
            // Both must survive MessageFormat, which is how texts with arguments are rendered.
            new MessageFormat(id.getProperty(key));
            new MessageFormat(en.getProperty(key));
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Properties id = bundle("messages.properties");
        Pattern call = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = call.matcher(Files.readString(file));
            while (m.find()) {
                if (!id.containsKey(m.group(1))) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void views_do_not_write_user_facing_text_directly() throws IOException {
        // A literal starting with a letter given to a component's text is a translation forgotten.
        Pattern literal = Pattern.compile(
                "(new (Span|H1|H2|H3|H4|Paragraph|Button|RouterLink|ListItem|TextField|Checkbox|Details|Label|NativeLabel)"
                        + "\\(|setText\\(|setLabel\\(|setPlaceholder\\(|setTitle\\(|setHelperText\\()\"[\\p{L}]");
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (literal.matcher(lines.get(i)).find()) {
                    offenders.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void keys_built_from_enums_exist_for_every_value() throws IOException {
        Properties id = bundle("messages.properties");
        for (Channel channel : Channel.values()) {
            for (String suffix : List.of(".badge", ".title", ".text")) {
                assertThat(id).containsKey("channel." + channel + suffix);
            }
        }
        for (TimeLimitUnit unit : TimeLimitUnit.values()) {
            assertThat(id).containsKey("unit." + unit);
        }
        for (InvalidIdentityNumberException.Reason reason : InvalidIdentityNumberException.Reason.values()) {
            assertThat(id).containsKey(reason.messageKey());
        }
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(id).containsKey(kind.messageKey());
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(id).containsKey("intake.status." + status.name());
        }
        for (TimelineType type : TimelineType.values()) {
            assertThat(id).containsKey("intake.timeline." + type.name());
        }
        for (String relation : Beneficiary.RELATIONS) {
            assertThat(id).containsKey("intake.relation." + relation);
        }
        for (String person : List.of("applicant.name", "applicant.nik", "applicant.phone")) {
            assertThat(id).containsKey("intake.review." + person);
        }
        for (String forWhom : List.of("SELF", "FAMILY", "ORGANISATION")) {
            assertThat(id).containsKey("intake.apply.for." + forWhom);
        }
        // The office's zone is shown by its Indonesian abbreviation (WIB, WITA, WIT).
        assertThat(id).containsKeys("zone.Asia/Jakarta", "zone.Asia/Makassar", "zone.Asia/Jayapura");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
