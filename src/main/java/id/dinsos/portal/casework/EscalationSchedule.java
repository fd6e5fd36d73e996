package id.dinsos.portal.casework;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the escalation ladder every {@code portal.escalation.interval} (default five minutes). Fixed
 * delay: a long run is never overlapped on the same node; two nodes are kept apart by the row locks
 * ({@link Escalation}). Off with {@code portal.escalation.scheduling-enabled=false}, as in the tests,
 * which call {@link Escalation#run()} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "portal.escalation.scheduling-enabled", matchIfMissing = true)
class EscalationSchedule {

    private final Escalation escalation;

    EscalationSchedule(Escalation escalation) {
        this.escalation = escalation;
    }

    @Scheduled(fixedDelayString = "${portal.escalation.interval:PT5M}", initialDelayString = "${portal.escalation.interval:PT5M}")
    void run() {
        escalation.run();
    }
}
