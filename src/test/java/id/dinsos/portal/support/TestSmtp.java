package id.dinsos.portal.support;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail server of the tests: a GreenMail on the port that the test profile gives the portal
 * ({@code spring.mail.port}, {@code PORTAL_TEST_SMTP_PORT}, default 3025), so every test class shares
 * the one Spring context and can still start and stop its own server.
 */
public final class TestSmtp {

    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("PORTAL_TEST_SMTP_PORT", "3025"));

    private TestSmtp() {
    }

    /** A GreenMail for {@code @RegisterExtension}: started before and stopped after each test. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(true);
    }

    public static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many times each Message-ID arrived: exactly-once delivery is every count being 1. */
    public static Map<String, Long> countByMessageId(MimeMessage[] messages) {
        return Arrays.stream(messages).collect(Collectors.groupingBy(TestSmtp::messageId, Collectors.counting()));
    }
}
