package id.dinsos.portal.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.dinsos.portal.office.OfficeService;

/**
 * Tracking numbers such as {@code ALB-2026-000123}: the service's prefix, the year in the office's
 * time zone, and a serial unique and gap-free per prefix and year, on any number of nodes.
 * <p>
 * The serial is a row per prefix and year ({@code intake_tracking_counter}) that the submitting
 * transaction increments with an {@code UPDATE}: InnoDB locks that one row until the transaction
 * commits or rolls back, so concurrent submissions of a service queue on it, and a submission that
 * fails gives its number back. The rows are created ahead ({@link #prepare}, at start-up, for this
 * year and the next), because two transactions inserting the same missing key can deadlock; should
 * a row still be missing, it is inserted in a short transaction of its own. Call {@link #next} as the
 * last write of the submitting transaction, to hold the lock briefly.
 */
@Component
class TrackingNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final Clock clock;
    private final OfficeService office;

    TrackingNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, OfficeService office) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.office = office;
    }

    /** Creates the counters of these prefixes for this year and the next, where missing. */
    void prepare(Collection<String> prefixes) {
        int year = year();
        for (String prefix : prefixes) {
            for (int y = year; y <= year + 1; y++) {
                insertIfMissing(prefix, y);
            }
        }
    }

    /** The next number for this prefix in the current year, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(String prefix) {
        int year = year();
        if (increment(prefix, year) == 0) {
            separate.executeWithoutResult(status -> insertIfMissing(prefix, year));
            increment(prefix, year);
        }
        Integer serial = jdbc.queryForObject(
                "SELECT last_serial FROM intake_tracking_counter WHERE prefix = ? AND year_no = ?", Integer.class,
                prefix, year);
        return format(prefix, year, serial == null ? 0 : serial);
    }

    private int increment(String prefix, int year) {
        return jdbc.update(
                "UPDATE intake_tracking_counter SET last_serial = last_serial + 1 WHERE prefix = ? AND year_no = ?",
                prefix, year);
    }

    private void insertIfMissing(String prefix, int year) {
        jdbc.update("INSERT IGNORE INTO intake_tracking_counter (prefix, year_no, last_serial) VALUES (?, ?, 0)",
                prefix, year);
    }

    private int year() {
        return LocalDate.now(clock.withZone(office.profile().hours().zone())).getYear();
    }

    static String format(String prefix, int year, int serial) {
        return String.format("%s-%d-%06d", prefix, year, serial);
    }

    /** Whether a text has the shape of a tracking number (prefix, year, six or more digits). */
    static boolean looksLikeOne(String text) {
        return text.matches("[A-Z]{2,5}-\\d{4}-\\d{6,9}");
    }
}
