package id.dinsos.portal.intake;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.LoginThrottle;

/**
 * The public tracking page and API ({@code /lacak}, {@code GET /api/v1/track/{number}}): anyone who
 * has the tracking number and the last four digits of the applicant's NIK or mobile number sees the
 * status and timeline, without personal details.
 * <p>
 * A wrong verifier answers exactly like an unknown number. Failures are counted per tracking number
 * (ten in a row lock it for a while, as for sign-in): four digits are ten thousand guesses, and the
 * lock keeps a guesser far from them.
 */
@Service
public class TrackingService {

    private static final String THROTTLE_PREFIX = "lacak:";

    private final Applications applications;
    private final TimelineEvents timeline;
    private final LoginThrottle throttle;

    // Resolved when first used: the back office implements it and itself depends on intake.
    private final ObjectProvider<ExpectedCompletion> expectedCompletion;

    TrackingService(Applications applications, TimelineEvents timeline, LoginThrottle throttle,
                    ObjectProvider<ExpectedCompletion> expectedCompletion) {
        this.expectedCompletion = expectedCompletion;
        this.applications = applications;
        this.timeline = timeline;
        this.throttle = throttle;
    }

    /** The outcome: found, not found (unknown number or wrong verifier alike), or locked for now. */
    public sealed interface Outcome {
        record Found(PublicTracking tracking) implements Outcome { }
        record NotFound() implements Outcome { }
        record Locked() implements Outcome { }
    }

    @Transactional(readOnly = true)
    public Outcome track(@Nullable String trackingNumber, @Nullable String verifier) {
        String number = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
        String digits = verifier == null ? "" : verifier.strip();
        if (!TrackingNumbers.looksLikeOne(number)) {
            return new Outcome.NotFound();
        }
        String throttleKey = THROTTLE_PREFIX + number;
        if (throttle.lockedUntil(throttleKey).isPresent()) {
            return new Outcome.Locked();
        }
        Optional<Application> found = applications.findByTrackingNumber(number)
                .filter(a -> digits.matches("\\d{4}") && verifies(a, digits));
        if (found.isEmpty()) {
            throttle.failed(throttleKey);
            return new Outcome.NotFound();
        }
        Application application = found.get();
        var steps = timeline.findByApplicationIdOrderByOccurredAtAscIdAsc(application.id()).stream()
                .map(TimelineEvent::publicEntry).toList();
        Instant dueAt = expectedCompletion.getObject().dueAt(List.of(application.id())).get(application.id());
        return new Outcome.Found(new PublicTracking(number, application.serviceCode(), application.status(),
                application.submittedAt(), dueAt, steps));
    }

    private static boolean verifies(Application application, String lastFour) {
        return endsWith(application.applicantNik(), lastFour) || endsWith(application.applicantPhone(), lastFour);
    }

    private static boolean endsWith(@Nullable String value, String lastFour) {
        return value != null && value.length() >= 4 && value.endsWith(lastFour);
    }
}
