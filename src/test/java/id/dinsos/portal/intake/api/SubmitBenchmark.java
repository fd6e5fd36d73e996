package id.dinsos.portal.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import id.dinsos.portal.account.ApiClientService;
import id.dinsos.portal.account.ApiScopes;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.support.Http;
import id.dinsos.portal.support.IntegrationTest;

/**
 * How long a partner's submission takes while many arrive at once: {@code drafts} complete drafts of
 * one service (all queue on the same tracking counter), submitted through HTTP by {@code clients}
 * concurrent partners; prints the median, p95, max and the throughput of the submit call. A measurement,
 * not a test: it asserts only that every submission succeeded, and its figures depend on the machine.
 * <p>
 * Not run by {@code ./mvnw verify} (the name does not end in Test); run it with
 * {@code ./mvnw verify -Pbenchmark} (README, "Benchmarks"), optionally with
 * {@code -Dbenchmark.drafts=400 -Dbenchmark.clients=20}.
 */
@IntegrationTest
class SubmitBenchmark {

    static final int WARM_UP = 40;

    @Value("${local.server.port}")
    int port;
    @Value("${benchmark.drafts:400}")
    int drafts;
    @Value("${benchmark.clients:20}")
    int clients;
    @Autowired
    ApiClientService apiClients;

    @Test
    void submit_latency_under_concurrent_partners() throws Exception {
        ApiPartner partner = ApiPartner.create(new Http(port), apiClients, TestUsers.admin(990_201), "DPMPTSP Benchmark",
                ApiScopes.APPLICATIONS_WRITE, ApiScopes.forService(ApiPartner.SERVICE));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long preparing = System.nanoTime();
            List<Long> warmUp = partner.completeDrafts(WARM_UP, pool);
            List<Long> ids = partner.completeDrafts(drafts, pool);
            double prepareSeconds = (System.nanoTime() - preparing) / 1e9;
            run(partner, warmUp, pool); // JIT, connection pools and caches warm, not counted

            long started = System.nanoTime();
            List<Long> nanos = run(partner, ids, pool);
            double wallSeconds = (System.nanoTime() - started) / 1e9;

            List<Double> ms = nanos.stream().map(n -> n / 1e6).sorted().toList();
            System.out.println();
            System.out.println("=== SubmitBenchmark: POST /api/v1/applications/{id}/submit ===");
            System.out.printf(Locale.ROOT, "drafts %d (prepared in %.1f s, %d warm-up submissions not counted), "
                    + "concurrent clients %d, one service (one tracking counter)%n", drafts, prepareSeconds, WARM_UP, clients);
            System.out.printf(Locale.ROOT, "submit latency ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f, mean %.1f%n",
                    percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms.getLast(),
                    ms.stream().mapToDouble(Double::doubleValue).average().orElse(0));
            System.out.printf(Locale.ROOT, "throughput: %.1f submissions/s (%d in %.2f s)%n", drafts / wallSeconds, drafts,
                    wallSeconds);
            System.out.println();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Submits every draft, {@code clients} at a time, each timed on its own; all must succeed. */
    private List<Long> run(ApiPartner partner, List<Long> ids, ExecutorService pool) throws Exception {
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(ids);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                start.await();
                Long id;
                while ((id = queue.poll()) != null) {
                    long before = System.nanoTime();
                    HttpResponse<String> response = partner.submit(id);
                    nanos.add(System.nanoTime() - before);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        assertThat(nanos).hasSize(ids.size());
        return nanos;
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
