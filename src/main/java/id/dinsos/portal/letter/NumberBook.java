package id.dinsos.portal.letter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letter numbers {@code klasifikasi/nomor urut/kode unit/tahun} (e.g. {@code 400.9.12/0123/Dinsos/2026}):
 * a serial per numbering book (classification, unit code, year), given once, at signing, never reused
 * and never skipped, on any number of nodes.
 * <p>
 * The signing transaction takes the book's row with {@code INSERT ... ON DUPLICATE KEY UPDATE}, which
 * creates a missing book and, either way, holds an exclusive lock on its row until that transaction
 * commits or rolls back: concurrent signings in one book queue on it, and a signing that fails gives
 * its number back. One statement in the signing's own transaction, because the alternatives fail under
 * load: a locking read of a missing row takes a gap lock that blocks the insert, {@code INSERT IGNORE}
 * then {@code FOR UPDATE} upgrades a shared lock and deadlocks with a third signer, and creating the
 * book on a second connection needs a second pooled connection per signer, which fifty concurrent
 * signings do not find (a book is missing whenever an office installs a letter type with a new
 * classification, or at the turn of the year).
 */
@Component
class NumberBook {

    private final JdbcTemplate jdbc;

    NumberBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of this book, in the caller's transaction (which keeps the book locked until it ends). */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(String classification, String unitCode, int year) {
        jdbc.update("INSERT INTO letter_number_book (classification, unit_code, year_no, next_serial) VALUES (?, ?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE next_serial = next_serial", classification, unitCode, year);
        Integer serial = jdbc.queryForObject("SELECT next_serial FROM letter_number_book "
                + "WHERE classification = ? AND unit_code = ? AND year_no = ? FOR UPDATE", Integer.class,
                classification, unitCode, year);
        if (serial == null) {
            throw new IllegalStateException("The numbering book could not be created");
        }
        jdbc.update("UPDATE letter_number_book SET next_serial = next_serial + 1 "
                + "WHERE classification = ? AND unit_code = ? AND year_no = ?", classification, unitCode, year);
        return format(classification, serial, unitCode, year);
    }

    static String format(String classification, int serial, String unitCode, int year) {
        return classification + "/" + String.format("%04d", serial) + "/" + unitCode + "/" + year;
    }
}
