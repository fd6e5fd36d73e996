package id.dinsos.portal.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.dinsos.portal.intake.ApplicationResubmitted;
import id.dinsos.portal.intake.ApplicationReturned;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.ApplicationStatusChanged;
import id.dinsos.portal.intake.ApplicationSubmitted;
import id.dinsos.portal.intake.ApplicationWithdrawn;
import id.dinsos.portal.intake.ExpectedCompletion;

/**
 * Follows intake: a case opens when an application is submitted, its clock pauses while the applicant
 * corrects it and runs again when it comes back, it closes on withdrawal and completes when its letter
 * is issued. Listened to inside intake's transaction, so an application is never submitted without
 * its case (and its clock), nor returned without the pause.
 */
@Component
class CaseworkListener implements ExpectedCompletion {

    private final CaseworkService casework;

    CaseworkListener(CaseworkService casework) {
        this.casework = casework;
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        casework.open(event.applicationId());
    }

    @EventListener
    void on(ApplicationReturned event) {
        casework.returned(event.applicationId(), event.returnedAt());
    }

    @EventListener
    void on(ApplicationResubmitted event) {
        casework.resubmitted(event.applicationId(), event.resubmittedAt());
    }

    @EventListener
    void on(ApplicationWithdrawn event) {
        casework.withdrawn(event.applicationId(), event.withdrawnAt());
    }

    @EventListener
    void on(ApplicationStatusChanged event) {
        if (event.to() == ApplicationStatus.LETTER_ISSUED || event.to() == ApplicationStatus.COMPLETED) {
            casework.letterIssued(event.applicationId(), event.to(), event.at());
        }
    }

    @Override
    public Map<Long, Instant> dueAt(Collection<Long> applicationIds) {
        return casework.dueAt(applicationIds);
    }
}
