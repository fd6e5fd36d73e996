package id.dinsos.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The wait between attempts: the base, doubling, capped. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void the_first_retry_waits_the_base_and_each_further_one_twice_as_long() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void the_wait_never_exceeds_the_cap() {
        assertThat(backoff.delayAfter(8)).as("64 minutes, capped").isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(20)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_huge_attempt_count_does_not_overflow() {
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(Long.MAX_VALUE / 4)).delayAfter(10_000))
                .isEqualTo(Duration.ofSeconds(Long.MAX_VALUE / 4));
    }

    @Test
    void a_cap_equal_to_the_base_means_a_fixed_wait() {
        Backoff fixed = new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(fixed.delayAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(fixed.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void the_default_schedule_gives_a_server_about_half_a_day_before_a_mail_is_given_up() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < 20; attempt++) {
            total = total.plus(backoff.delayAfter(attempt));
        }
        assertThat(total).isBetween(Duration.ofHours(12), Duration.ofHours(14));
    }

    @Test
    void nonsense_settings_are_refused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1))).hasMessageContaining("retry-base");
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1))).hasMessageContaining("retry-max");
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
