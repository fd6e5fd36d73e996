package id.dinsos.portal.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks at the outbox every {@code portal.mail.poll-interval}. Fixed delay: a run that takes long (a
 * slow mail server) is never overlapped by the next one on the same node. Off with
 * {@code portal.mail.scheduling-enabled=false}, which the tests use to drive the sender themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "portal.mail.scheduling-enabled", matchIfMissing = true)
class OutboxSchedule {

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${portal.mail.poll-interval:PT5S}", initialDelayString = "${portal.mail.poll-interval:PT5S}")
    void sendDue() {
        sender.sendDue();
    }
}
