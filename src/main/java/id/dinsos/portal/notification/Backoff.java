package id.dinsos.portal.notification;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How long to wait before the next attempt at a mail that failed: the base after the first failure,
 * doubling after each further one, never more than the cap. A mail server that is down for an afternoon
 * gets a retry every hour, not a flood when it comes back.
 */
record Backoff(Duration base, Duration max) {

    Backoff {
        Assert.isTrue(base.isPositive(), "portal.mail.retry-base must be positive");
        Assert.isTrue(!max.minus(base).isNegative(), "portal.mail.retry-max must not be less than portal.mail.retry-base");
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    Duration delayAfter(int failedAttempts) {
        Assert.isTrue(failedAttempts >= 1, "a delay is only needed after a failed attempt");
        Duration delay = base;
        for (int i = 1; i < failedAttempts; i++) {
            // Doubling stops at the cap, so a large attempt count cannot overflow.
            if (delay.compareTo(max.dividedBy(2)) > 0) {
                return max;
            }
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
