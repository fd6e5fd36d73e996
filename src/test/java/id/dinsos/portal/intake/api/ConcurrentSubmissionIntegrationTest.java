package id.dinsos.portal.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.ApiClientService;
import id.dinsos.portal.account.ApiScopes;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.support.Http;
import id.dinsos.portal.support.IntegrationTest;

/**
 * Two hundred partner submissions of one service at the same moment, through HTTP against the running
 * portal: every one gets its own tracking number, the numbers run without a gap, and every application
 * is stored complete.
 */
@IntegrationTest
class ConcurrentSubmissionIntegrationTest {

    static final int APPLICATIONS = 200;
    static final int CLIENTS = 20;

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void two_hundred_concurrent_submissions_get_distinct_gap_free_numbers_and_are_complete() throws Exception {
        ApiPartner partner = ApiPartner.create(new Http(port), clients, TestUsers.admin(990_101), "DPMPTSP Serentak",
                ApiScopes.APPLICATIONS_WRITE, ApiScopes.APPLICATIONS_READ, ApiScopes.forService(ApiPartner.SERVICE));
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Long> ids = partner.completeDrafts(APPLICATIONS, pool);
            int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getYear();
            int before = lastSerial(year);

            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> submissions = new ArrayList<>();
            for (long id : ids) {
                submissions.add(pool.submit(() -> {
                    start.await();
                    return partner.submit(id);
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<HttpResponse<String>> submission : submissions) {
                HttpResponse<String> response = submission.get(2, TimeUnit.MINUTES);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                numbers.add(Http.json(response).get("trackingNumber").asString());
            }

            assertThat(new HashSet<>(numbers)).as("distinct").hasSize(APPLICATIONS);
            Set<Integer> serials = numbers.stream().peek(n -> assertThat(n).startsWith("POT-" + year + "-"))
                    .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).collect(Collectors.toSet());
            Set<Integer> expected = new HashSet<>();
            for (int serial = before + 1; serial <= before + APPLICATIONS; serial++) {
                expected.add(serial);
            }
            assertThat(serials).as("the serials follow the last one before, without a gap").isEqualTo(expected);
            assertThat(lastSerial(year)).isEqualTo(before + APPLICATIONS);

            String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            Map<String, Object> stored = jdbc.queryForMap("SELECT COUNT(*) AS n, COUNT(DISTINCT tracking_number) AS numbers, "
                    + "SUM(status = 'SUBMITTED' AND submitted_at IS NOT NULL) AS submitted FROM intake_application "
                    + "WHERE id IN (" + in + ")");
            assertThat(((Number) stored.get("n")).intValue()).isEqualTo(APPLICATIONS);
            assertThat(((Number) stored.get("numbers")).intValue()).isEqualTo(APPLICATIONS);
            assertThat(((Number) stored.get("submitted")).intValue()).isEqualTo(APPLICATIONS);
            assertThat(jdbc.queryForList("SELECT tracking_number FROM intake_application WHERE id IN (" + in + ")",
                    String.class)).containsExactlyInAnyOrderElementsOf(numbers);
            List<Map<String, Object>> documents = jdbc.queryForList("SELECT application_id, "
                    + "COUNT(DISTINCT requirement_code) AS requirements FROM intake_document WHERE superseded_at IS NULL "
                    + "AND requirement_code IN ('rekomendasi-polsek', 'kartu-identitas') AND application_id IN (" + in + ") "
                    + "GROUP BY application_id");
            assertThat(documents).as("every mandatory document of every application").hasSize(APPLICATIONS)
                    .allSatisfy(row -> assertThat(((Number) row.get("requirements")).intValue())
                            .isEqualTo(ApiPartner.DOCUMENTS.size()));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_event WHERE type = 'SUBMITTED' AND application_id IN ("
                    + in + ")", Integer.class)).as("one submission step each").isEqualTo(APPLICATIONS);
        } finally {
            pool.shutdownNow();
        }
    }

    private int lastSerial(int year) {
        List<Integer> serial = jdbc.queryForList(
                "SELECT last_serial FROM intake_tracking_counter WHERE prefix = 'POT' AND year_no = ?", Integer.class, year);
        return serial.isEmpty() ? 0 : serial.getFirst();
    }
}
