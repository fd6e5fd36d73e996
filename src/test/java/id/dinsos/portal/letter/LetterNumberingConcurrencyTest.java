package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.IntegrationTest;

/**
 * Fifty letters of one numbering book signed at once, from fifty threads with their own connections and
 * transactions against the real database (as fifty requests on several nodes would): fifty distinct
 * numbers, consecutive, none skipped, none reused.
 */
@IntegrationTest
class LetterNumberingConcurrencyTest {

    static final int LETTERS = 50;

    @Autowired
    id.dinsos.portal.casework.CaseworkService casework;
    @Autowired
    LetterService letters;
    @Autowired
    SigningKeys keys;
    @Autowired
    ApplicationService intake;
    @Autowired
    RegistrationService registration;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void fifty_concurrent_signings_get_fifty_distinct_consecutive_numbers() throws Exception {
        LetterTestSupport.enrolSigners(keys);
        TestAccounts.Citizen citizen = TestAccounts.verifiedCitizen(registration, jdbc, "Pemohon Serentak");
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i < LETTERS; i++) {
            ready.add(LetterTestSupport.readyBeritaAcara(letters, LetterTestSupport.approvedAlatBantu(intake, store, citizen, casework)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(LETTERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LetterService.SignedLetter>> futures = new ArrayList<>();
        for (long id : ready) {
            futures.add(pool.submit(() -> {
                start.await();
                return TestUsers.callAs(LetterTestSupport.HEAD_OF_OFFICE, () -> letters.sign(id));
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<LetterService.SignedLetter> future : futures) {
            numbers.add(future.get(120, TimeUnit.SECONDS).number());
        }
        pool.shutdown();

        Set<String> distinct = new TreeSet<>(numbers);
        assertThat(distinct).hasSize(LETTERS);
        List<Integer> serials = numbers.stream().map(LetterServiceIntegrationTest::serial).sorted().toList();
        assertThat(serials.getLast() - serials.getFirst()).as("consecutive: no gap, no repeat").isEqualTo(LETTERS - 1);
        // The book's next serial is the one after the last given: nothing was taken and thrown away.
        String[] parts = numbers.getFirst().split("/");
        Integer next = jdbc.queryForObject("SELECT next_serial FROM letter_number_book WHERE classification = '400.9.3' "
                + "AND unit_code = 'Dinsos' AND year_no = ?", Integer.class, Integer.parseInt(parts[parts.length - 1]));
        assertThat(next).isEqualTo(serials.getLast() + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM letter WHERE number IN (" + String.join(",",
                numbers.stream().map(n -> "'" + n + "'").toList()) + ")", Integer.class)).isEqualTo(LETTERS);
    }

    @Autowired
    NumberBook books;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void a_missing_book_is_created_once_by_concurrent_signings_that_each_get_their_own_serial() throws Exception {
        // A classification no book has yet, as after an office installs a new letter type.
        String classification = "999." + System.nanoTime() % 100_000;
        org.springframework.transaction.support.TransactionTemplate each =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return each.execute(status -> books.next(classification, "Dinsos", 2031));
            }));
        }
        start.countDown();
        Set<String> numbers = new TreeSet<>();
        for (Future<String> future : futures) {
            numbers.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(numbers).hasSize(20).contains(classification + "/0001/Dinsos/2031", classification + "/0020/Dinsos/2031");
        assertThat(jdbc.queryForObject("SELECT next_serial FROM letter_number_book WHERE classification = ?",
                Integer.class, classification)).isEqualTo(21);
    }
}
