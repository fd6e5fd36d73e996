package id.dinsos.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The template format: {@code Subject:}, a blank line, the body, {{placeholders}}; mistakes with file and line. */
class MailTemplateTest {

    private static MailTemplate parse(String content) {
        return MailTemplate.parse("test", "id", "test.id.txt", content);
    }

    @Test
    void subject_and_body_are_filled_from_the_values() {
        MailTemplate template = parse("""
                Subject: Halo {{name}}

                Yth. Bapak/Ibu {{name}},
                buka {{ link }} dalam {{hours}} jam.
                """);

        RenderedMail mail = template.render(Map.of("name", "Budi", "link", "https://x.example/a", "hours", "24"));

        assertThat(mail.subject()).isEqualTo("Halo Budi");
        assertThat(mail.body()).isEqualTo("Yth. Bapak/Ibu Budi,\nbuka https://x.example/a dalam 24 jam.");
        assertThat(template.placeholders()).containsExactly("name", "link", "hours");
    }

    @Test
    void a_placeholder_without_a_value_fails_and_names_it_with_its_line() {
        MailTemplate template = parse("Subject: Halo\n\nBaris satu\nTautan: {{link}}\n");
        assertThatThrownBy(() -> template.render(Map.of("name", "Budi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.id.txt")
                .hasMessageContaining("{{link}} (line 4)");
    }

    @Test
    void values_are_inserted_as_they_are_and_cannot_break_the_subject_into_headers() {
        MailTemplate template = parse("Subject: Untuk {{name}}\n\n{{name}}\n");
        RenderedMail mail = template.render(Map.of("name", "{{link}}\r\nBcc: semua@example.org"));
        assertThat(mail.subject()).isEqualTo("Untuk {{link}} Bcc: semua@example.org");
        assertThat(mail.body()).isEqualTo("{{link}}\r\nBcc: semua@example.org");
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_are_accepted() {
        MailTemplate template = parse("\uFEFFSubject: Halo\r\n\r\nSatu\r\nDua\r\n\r\n");
        RenderedMail mail = template.render(Map.of());
        assertThat(mail.subject()).isEqualTo("Halo");
        assertThat(mail.body()).isEqualTo("Satu\nDua");
    }

    @Test
    void an_unclosed_placeholder_is_refused_with_file_and_line() {
        assertThatThrownBy(() -> parse("Subject: Halo\n\nSatu\nTautan: {{link\n"))
                .isInstanceOf(InvalidMailTemplateException.class)
                .hasMessage("test.id.txt line 4: '{{' without a closing '}}'");
    }

    @Test
    void a_closing_without_an_opening_is_refused() {
        assertThatThrownBy(() -> parse("Subject: Halo\n\nTautan: link}}\n"))
                .hasMessage("test.id.txt line 3: '}}' without an opening '{{'");
    }

    @Test
    void a_single_brace_is_refused_because_it_is_a_typo_of_a_placeholder() {
        assertThatThrownBy(() -> parse("Subject: Halo {name}\n\nIsi\n"))
                .hasMessageContaining("test.id.txt line 1: a single '{'");
        assertThatThrownBy(() -> parse("Subject: Halo\n\nIsi {{name}\n"))
                .hasMessageContaining("line 3: '{{' without a closing '}}'");
    }

    @Test
    void a_placeholder_name_must_be_letters_and_digits() {
        assertThatThrownBy(() -> parse("Subject: Halo\n\nIsi {{nama lengkap}}\n"))
                .hasMessageContaining("line 3: '{{nama lengkap}}' is not a placeholder name");
        assertThatThrownBy(() -> parse("Subject: Halo\n\n{{{name}}}\n"))
                .hasMessageContaining("line 3:");
    }

    @Test
    void the_first_line_must_be_the_subject_and_the_second_blank() {
        assertThatThrownBy(() -> parse("Halo\n\nIsi\n")).hasMessageContaining("line 1: the first line must be 'Subject: '");
        assertThatThrownBy(() -> parse("Subject:   \n\nIsi\n")).hasMessageContaining("line 1:");
        assertThatThrownBy(() -> parse("Subject: Halo\nIsi langsung\n")).hasMessageContaining("line 2: the subject must be followed by a blank line");
    }

    @Test
    void an_empty_body_is_refused() {
        assertThatThrownBy(() -> parse("Subject: Halo\n\n\n\n")).hasMessageContaining("test.id.txt: the body is empty");
    }

    @Test
    void every_mistake_of_a_file_is_reported_at_once() {
        assertThatThrownBy(() -> parse("Subject: {{a\nIsi\nx}}\n"))
                .isInstanceOfSatisfying(InvalidMailTemplateException.class, e -> assertThat(e.problems())
                        .containsExactly("test.id.txt line 1: '{{' without a closing '}}'",
                                "test.id.txt line 2: the subject must be followed by a blank line, then the body",
                                "test.id.txt line 3: '}}' without an opening '{{'"));
    }
}
