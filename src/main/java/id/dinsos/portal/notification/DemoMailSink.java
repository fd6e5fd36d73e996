package id.dinsos.portal.notification;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * The demo's mail server: an embedded SMTP sink (GreenMail) on the loopback interface that keeps what
 * it receives in memory, so that a newcomer can register and follow the verification link at
 * {@code /demo/surat} without any mail server. Only in the {@code demo} profile and only when no
 * {@code MAIL_HOST} is configured; nothing it receives leaves the machine or survives a restart.
 */
@Component
@Profile("demo")
@Conditional(NoMailServerConfigured.class)
public class DemoMailSink implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMailSink.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail server;

    @Autowired
    DemoMailSink(MailSettings settings) {
        this(settings.demoSmtpPort());
    }

    /** Starts the sink on the given port, or on a free one for 0. */
    DemoMailSink(int port) {
        ServerSetup setup = new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        log.info("Demo mail sink on {}:{}: mail is not delivered, it is shown at /demo/surat", LOOPBACK, port());
    }

    /** A mail as the sink received it. */
    public record ReceivedMail(String to, String subject, @Nullable Instant sentAt, String body) {
    }

    public String host() {
        return LOOPBACK;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Everything received since the start, newest first. */
    public List<ReceivedMail> received() {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(read(message));
        }
        mails.sort(Comparator.comparing(ReceivedMail::sentAt, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        return mails;
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? "" : String.join(", ", Arrays.stream(recipients).map(Address::toString).toList());
            return new ReceivedMail(to, String.valueOf(message.getSubject()),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), text(message.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a mail the demo sink received", e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i).getContent()));
            }
            return text.toString();
        }
        return content instanceof String s ? s : "";
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
