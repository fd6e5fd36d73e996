package id.dinsos.portal.notification;

import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The mail server the outbox sends through. Spring Boot's own configuration would build a sender for an
 * empty {@code MAIL_HOST} too (the property exists) and then fail at every send; here the three cases
 * are explicit: the configured server; in the demo without one, the embedded sink; otherwise none, and
 * mail stays queued until a server is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    JavaMailSenderImpl mailSender(MailProperties mail, ObjectProvider<DemoMailSink> demoSink) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        sender.setDefaultEncoding(mail.getDefaultEncoding() == null ? "UTF-8" : mail.getDefaultEncoding().name());
        DemoMailSink sink = demoSink.getIfAvailable();
        if (StringUtils.hasText(mail.getHost())) {
            sender.setHost(mail.getHost());
            if (mail.getPort() != null) {
                sender.setPort(mail.getPort());
            }
            if (StringUtils.hasText(mail.getProtocol())) {
                sender.setProtocol(mail.getProtocol());
            }
            if (StringUtils.hasText(mail.getUsername())) {
                sender.setUsername(mail.getUsername());
                sender.setPassword(mail.getPassword());
                properties.putIfAbsent("mail." + sender.getProtocol() + ".auth", "true");
            }
            log.info("Mail is sent through {}:{}", mail.getHost(), sender.getPort());
        } else if (sink != null) {
            sender.setHost(sink.host());
            sender.setPort(sink.port());
            // The sink speaks plain SMTP on the loopback interface only.
            properties.remove("mail.smtp.starttls.enable");
            properties.remove("mail.smtp.starttls.required");
        } else {
            log.warn("No mail server (MAIL_HOST): e-mails are queued in notification_outbox and sent once one is configured");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
