package id.dinsos.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.i18n.Languages;

/** The templates folder: the shipped texts, the fallback language, and what stops the start-up. */
class MailTemplatesTest {

    private static final DefinitionFiles FILES = new DefinitionFiles();
    private static final Path SHIPPED = Path.of("templates/mail");

    @TempDir
    Path folder;

    private static MailTemplates shipped() {
        return new MailTemplates(FILES, "classpath:templates/");
    }

    private static Map<String, Object> modelFor(String template) {
        Map<String, Object> model = new HashMap<>();
        MailTemplates.SENT_BY_THE_PORTAL.get(template).allowed().forEach(name -> model.put(name, "<" + name + ">"));
        model.put(MailTemplates.OFFICE_NAME, "Dinas Sosial Kabupaten Bekasi");
        model.put(MailTemplates.OFFICE_CONTACT, "Telepon: 021-89970065");
        return model;
    }

    /** A copy of the shipped folder to break, under mail/ of a temporary templates folder. */
    private Path copyOfTheShippedTemplates() throws IOException {
        Path mail = Files.createDirectories(folder.resolve("mail"));
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, mail.resolve(file.getFileName()));
            }
        }
        return mail;
    }

    private MailTemplates fromTheCopy() {
        return new MailTemplates(FILES, folder.toUri().toString());
    }

    @Test
    void the_shipped_templates_exist_in_both_languages_and_fill_every_placeholder() {
        MailTemplates templates = shipped();
        assertThat(templates.names()).containsExactlyInAnyOrder(MailTemplates.VERIFY_EMAIL, MailTemplates.PASSWORD_RESET,
                MailTemplates.ORGANISATION_INVITATION, MailTemplates.STAFF_WELCOME, MailTemplates.APPLICATION_SUBMITTED,
                MailTemplates.CASE_DUE_SOON, MailTemplates.CASE_OVERDUE, MailTemplates.LETTER_ISSUED);
        for (String name : templates.names()) {
            for (Locale locale : Languages.SUPPORTED) {
                RenderedMail mail = templates.render(name, locale, modelFor(name));
                assertThat(mail.language()).isEqualTo(locale.getLanguage());
                assertThat(mail.subject() + mail.body()).as(name + " " + locale).doesNotContain("{{").doesNotContain("}}");
                // Every mail leads somewhere: the portal's page, or a letter's public verification address.
                assertThat(mail.body()).as(name + " " + locale)
                        .contains(MailTemplates.LETTER_ISSUED.equals(name) ? "<verificationLink>" : "<link>")
                        .contains("Dinas Sosial Kabupaten Bekasi")
                        .contains("Telepon: 021-89970065");
            }
        }
    }

    @Test
    void the_indonesian_texts_address_the_reader_politely() {
        MailTemplates templates = shipped();
        assertThat(templates.render(MailTemplates.VERIFY_EMAIL, Languages.INDONESIAN, modelFor(MailTemplates.VERIFY_EMAIL))
                .body()).startsWith("Yth. Bapak/Ibu <name>,").contains("berlaku selama <expiresInHours> jam");
        assertThat(templates.render(MailTemplates.PASSWORD_RESET, Languages.INDONESIAN, modelFor(MailTemplates.PASSWORD_RESET))
                .body()).contains("berlaku selama <expiresInMinutes> menit");
        RenderedMail invitation = templates.render(MailTemplates.ORGANISATION_INVITATION, Languages.INDONESIAN,
                modelFor(MailTemplates.ORGANISATION_INVITATION));
        assertThat(invitation.subject()).isEqualTo("Undangan bergabung dengan <organisationName> di Portal Layanan Sosial");
        assertThat(invitation.body()).contains("<inviterName> mengundang Bapak/Ibu").contains("<expiresInDays> hari");
    }

    @Test
    void a_language_without_a_translation_falls_back_to_indonesian() throws IOException {
        Path mail = copyOfTheShippedTemplates();
        Files.delete(mail.resolve("password-reset.en.txt"));
        MailTemplates templates = fromTheCopy();

        RenderedMail english = templates.render(MailTemplates.PASSWORD_RESET, Languages.ENGLISH, modelFor(MailTemplates.PASSWORD_RESET));
        assertThat(english.language()).isEqualTo("id");
        assertThat(english.subject()).isEqualTo("Atur ulang kata sandi akun Portal Layanan Sosial");
        assertThat(templates.render(MailTemplates.PASSWORD_RESET, Locale.FRENCH, modelFor(MailTemplates.PASSWORD_RESET))
                .language()).as("an unsupported language reads Indonesian").isEqualTo("id");
        assertThat(templates.render(MailTemplates.VERIFY_EMAIL, Locale.forLanguageTag("en-GB"), modelFor(MailTemplates.VERIFY_EMAIL))
                .language()).isEqualTo("en");
    }

    @Test
    void an_unknown_placeholder_in_a_template_the_portal_sends_stops_the_start_with_file_and_line() throws IOException {
        Path mail = copyOfTheShippedTemplates();
        replace(mail.resolve("verify-email.en.txt"), "Dear {{name}},", "Dear {{nmae}},");

        assertThatThrownBy(this::fromTheCopy)
                .isInstanceOf(InvalidMailTemplateException.class)
                .hasMessageContaining("verify-email.en.txt line 3: unknown placeholder {{nmae}}")
                .hasMessageContaining("{{name}}");
    }

    @Test
    void a_syntax_error_anywhere_stops_the_start_with_file_and_line() throws IOException {
        Path mail = copyOfTheShippedTemplates();
        replace(mail.resolve("password-reset.id.txt"), "{{link}}", "{{link}");
        Files.writeString(mail.resolve("receipt.id.txt"), "Subject: Tanda terima\n\nNomor {nomor}\n");

        assertThatThrownBy(this::fromTheCopy)
                .isInstanceOfSatisfying(InvalidMailTemplateException.class, e -> assertThat(e.problems()).hasSize(2)
                        .anySatisfy(p -> assertThat(p).endsWith("password-reset.id.txt line 9: '{{' without a closing '}}'"))
                        .anySatisfy(p -> assertThat(p).endsWith("receipt.id.txt line 3: a single '{'; placeholders are written {{name}}")));
    }

    @Test
    void a_template_the_portal_sends_must_exist_and_keep_its_link() throws IOException {
        Path mail = copyOfTheShippedTemplates();
        Files.delete(mail.resolve("organisation-invitation.id.txt"));
        Files.delete(mail.resolve("organisation-invitation.en.txt"));
        replace(mail.resolve("verify-email.id.txt"), "{{link}}", "(tautan)");

        assertThatThrownBy(this::fromTheCopy)
                .hasMessageContaining("organisation-invitation.id.txt: missing; the portal sends this mail")
                .hasMessageContaining("verify-email.id.txt: {{link}} is missing");
    }

    @Test
    void a_translation_without_its_indonesian_original_or_a_badly_named_file_is_refused() throws IOException {
        Path mail = copyOfTheShippedTemplates();
        Files.writeString(mail.resolve("notice.en.txt"), "Subject: Notice\n\nText\n");
        Files.writeString(mail.resolve("notice.fr.txt"), "Subject: Avis\n\nTexte\n");

        assertThatThrownBy(this::fromTheCopy)
                .hasMessageContaining("notice.id.txt: missing; every template needs its Indonesian version")
                .hasMessageContaining("notice.fr.txt: the name must be <template>.<language>.txt");
    }

    @Test
    void an_unknown_template_or_a_null_value_is_refused_when_rendering() {
        MailTemplates templates = shipped();
        assertThatThrownBy(() -> templates.render("welcome", Languages.INDONESIAN, Map.of()))
                .hasMessageContaining("Unknown mail template 'welcome'");
        Map<String, Object> model = modelFor(MailTemplates.VERIFY_EMAIL);
        model.put("name", null);
        assertThatThrownBy(() -> templates.render(MailTemplates.VERIFY_EMAIL, Languages.INDONESIAN, model))
                .hasMessageContaining("the value of 'name' is null");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
