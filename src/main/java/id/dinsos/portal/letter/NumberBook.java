package id.dinsos.portal.letter;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Letter numbers {@code klasifikasi/nomor urut/kode unit/tahun} (e.g. {@code 400.9.12/0123/Dinsos/2026}):
 * a serial per numbering book (classification, unit code, year), given once, at signing, never reused
 * and never skipped, on any number of nodes.
 * <p>
 * The signing transaction reads the book's row with {@code SELECT ... FOR UPDATE} and increments it;
 * InnoDB holds the row lock until that transaction commits or rolls back, so concurrent signings in
 * one book queue on it, and a signing that fails gives its number back. A missing row is inserted in
 * a short transaction of its own ({@code INSERT IGNORE}), so two nodes creating the same book do not
 * deadlock.
 */
@Component
class NumberBook {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    NumberBook(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Creates the book where it is missing (start-up, for this year and the next). */
    void prepare(String classification, String unitCode, int year) {
        jdbc.update("INSERT IGNORE INTO letter_number_book (classification, unit_code, year_no, next_serial) VALUES (?, ?, ?, 1)",
                classification, unitCode, year);
    }

    /** The next number of this book, in the caller's transaction (which keeps the book locked until it ends). */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(String classification, String unitCode, int year) {
        // A plain (non-locking) read first: a locking read of a missing row would take a gap lock that the
        // separate insert below then waits for until the lock wait timeout.
        Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM letter_number_book "
                + "WHERE classification = ? AND unit_code = ? AND year_no = ?", Integer.class, classification, unitCode, year);
        if (exists == null || exists == 0) {
            separate.executeWithoutResult(status -> jdbc.update(
                    "INSERT IGNORE INTO letter_number_book (classification, unit_code, year_no, next_serial) VALUES (?, ?, ?, 1)",
                    classification, unitCode, year));
        }
        Integer serial = lock(classification, unitCode, year);
        if (serial == null) {
            throw new IllegalStateException("The numbering book could not be created");
        }
        jdbc.update("UPDATE letter_number_book SET next_serial = next_serial + 1 "
                + "WHERE classification = ? AND unit_code = ? AND year_no = ?", classification, unitCode, year);
        return format(classification, serial, unitCode, year);
    }

    private @Nullable Integer lock(String classification, String unitCode, int year) {
        List<Integer> rows = jdbc.queryForList("SELECT next_serial FROM letter_number_book "
                + "WHERE classification = ? AND unit_code = ? AND year_no = ? FOR UPDATE", Integer.class,
                classification, unitCode, year);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    static String format(String classification, int serial, String unitCode, int year) {
        return classification + "/" + String.format("%04d", serial) + "/" + unitCode + "/" + year;
    }
}
