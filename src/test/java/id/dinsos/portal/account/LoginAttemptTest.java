package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginAttemptTest {

    private static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void the_tenth_failure_in_a_row_locks_for_the_lock_duration() {
        LoginAttempt attempt = LoginAttempt.first("x", T0);
        for (int i = 1; i <= 9; i++) {
            attempt.fail(T0.plusSeconds(i), 10, Duration.ofMinutes(15));
            assertThat(attempt.lockedAt(T0.plusSeconds(i))).as("after %d failures", i).isFalse();
        }
        attempt.fail(T0.plusSeconds(10), 10, Duration.ofMinutes(15));
        assertThat(attempt.lockedAt(T0.plusSeconds(11))).isTrue();
        assertThat(attempt.lockedAt(T0.plusSeconds(10).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void after_a_lock_runs_out_the_count_starts_again() {
        LoginAttempt attempt = LoginAttempt.first("x", T0);
        for (int i = 0; i < 10; i++) {
            attempt.fail(T0, 10, Duration.ofMinutes(15));
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        attempt.fail(later, 10, Duration.ofMinutes(15));
        assertThat(attempt.failures()).isEqualTo(1);
        assertThat(attempt.lockedAt(later)).isFalse();
    }
}
