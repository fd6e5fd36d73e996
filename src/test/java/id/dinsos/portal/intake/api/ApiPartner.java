package id.dinsos.portal.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import id.dinsos.portal.account.ApiClientService;
import id.dinsos.portal.account.NewApiKey;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * A partner system calling the applications API over HTTP with its own key, as DPMPTSP's licensing
 * system would: for the tests and the benchmark.
 */
final class ApiPartner {

    /** A service with few requirements (two documents, five questions): Pemulangan Orang Terlantar. */
    static final String SERVICE = "pemulangan-orang-terlantar";
    static final List<String> DOCUMENTS = List.of("rekomendasi-polsek", "kartu-identitas");
    /** A valid NIK (born 17 August 1990 in Bekasi): the verifier is its last four digits. */
    static final String NIK = "3216051708900003";
    static final String VERIFIER = "0003";

    final Http http;
    final NewApiKey key;

    ApiPartner(Http http, NewApiKey key) {
        this.http = http;
        this.key = key;
    }

    /** A new client made by the administrator, with these scopes. */
    static ApiPartner create(Http http, ApiClientService clients, PortalUser admin, String name, String... scopes) {
        NewApiKey key = TestUsers.callAs(admin, () -> clients.create(name + " " + System.nanoTime(), List.of(scopes)));
        return new ApiPartner(http, key);
    }

    String[] headers(String... more) {
        String[] all = new String[more.length + 2];
        all[0] = "X-API-Key";
        all[1] = key.key();
        System.arraycopy(more, 0, all, 2, more.length);
        return all;
    }

    static Map<String, Object> completeAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("kota-tujuan", "Kabupaten Brebes, Jawa Tengah");
        answers.put("jumlah-orang", 2);
        answers.put("nama-polsek", "Polsek Cikarang Utara");
        answers.put("nomor-surat-polsek", "B/123/XI/2026/Sek-CU");
        answers.put("pernah-dipulangkan", false);
        return answers;
    }

    static Map<String, Object> application(String service, Map<String, Object> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", service);
        body.put("applicant", Map.of("nik", NIK, "name", "Asep Saepudin", "phone", "081234567890"));
        body.put("answers", answers);
        return body;
    }

    HttpResponse<String> create(Map<String, Object> body, String... headers) {
        return http.postJson("/api/v1/applications", body, headers(headers));
    }

    /** A complete draft of {@link #SERVICE} without documents; its id. */
    long draft() {
        HttpResponse<String> created = create(application(SERVICE, completeAnswers()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asLong();
    }

    HttpResponse<String> upload(long id, String requirement, String fileName, byte[] content, String... headers) {
        return http.postFile("/api/v1/applications/" + id + "/documents/" + requirement, "file", fileName,
                "application/pdf", content, headers(headers));
    }

    HttpResponse<String> upload(long id, String requirement, String fileName,
                                java.util.function.Supplier<InputStream> content) {
        return http.postFile("/api/v1/applications/" + id + "/documents/" + requirement, "file", fileName,
                "application/pdf", content, headers());
    }

    /** A complete draft with a PDF for each document; its id. */
    long completeDraft() {
        long id = draft();
        for (String requirement : DOCUMENTS) {
            HttpResponse<String> uploaded = upload(id, requirement, requirement + ".pdf", TestFiles.pdf());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        }
        return id;
    }

    /** {@code count} complete drafts, prepared by the pool's threads at once; their ids. */
    List<Long> completeDrafts(int count, ExecutorService pool) {
        List<Future<Long>> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(pool.submit(this::completeDraft));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> draft : drafts) {
            try {
                ids.add(draft.get(5, TimeUnit.MINUTES));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("A draft could not be prepared", e);
            }
        }
        return ids;
    }

    HttpResponse<String> submit(long id, String... headers) {
        return http.post("/api/v1/applications/" + id + "/submit", headers(headers));
    }

    HttpResponse<String> get(long id) {
        return http.get("/api/v1/applications/" + id, headers());
    }

    static JsonNode json(HttpResponse<String> response) {
        return Http.json(response);
    }
}
