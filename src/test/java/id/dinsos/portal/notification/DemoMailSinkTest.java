package id.dinsos.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.internet.MimeMessage;

/** The demo's embedded mail server: receives over real SMTP on a free loopback port and shows what came. */
class DemoMailSinkTest {

    private final DemoMailSink sink = new DemoMailSink(0);

    @AfterEach
    void stopTheSink() {
        sink.destroy();
    }

    @Test
    void a_mail_sent_to_the_sink_is_listed_with_its_recipient_subject_time_and_text() throws Exception {
        assertThat(sink.port()).isPositive();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(sink.host());
        sender.setPort(sink.port());

        send(sender, "budi@example.org", "Konfirmasi alamat e-mail", "Buka https://portal.example/k?t=1 – terima kasih",
                Instant.parse("2026-11-25T03:00:00Z"));
        send(sender, "siti@example.org", "Atur ulang kata sandi", "Kedua", Instant.parse("2026-11-25T04:00:00Z"));

        assertThat(sink.received()).extracting(DemoMailSink.ReceivedMail::to).containsExactly("siti@example.org",
                "budi@example.org");
        DemoMailSink.ReceivedMail first = sink.received().getLast();
        assertThat(first.subject()).isEqualTo("Konfirmasi alamat e-mail");
        assertThat(first.sentAt()).isEqualTo(Instant.parse("2026-11-25T03:00:00Z"));
        assertThat(first.body()).isEqualTo("Buka https://portal.example/k?t=1 – terima kasih");
    }

    private static void send(JavaMailSenderImpl sender, String to, String subject, String text, Instant at) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("no-reply@portal.local");
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text);
        helper.setSentDate(Date.from(at));
        sender.send(message);
    }
}
