package id.dinsos.portal.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.ApiClientService;
import id.dinsos.portal.account.ApiScopes;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.LocalFileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.Http;
import id.dinsos.portal.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The partner API for applications over real HTTP, with real API keys, against MariaDB: a whole
 * journey from the draft to public tracking, and every refusal a partner can meet, each leaving
 * nothing half-saved behind.
 */
@IntegrationTest
class ApplicationApiIntegrationTest {

    @Autowired
    id.dinsos.portal.sla.SlaService sla;
    @Autowired
    id.dinsos.portal.catalogue.CatalogueService catalogue;

    static final String OFFSET_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00";

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;

    /** An administrator (in the security context only) who makes the partners' keys. */
    final PortalUser admin = TestUsers.admin(990_001);
    Http http;
    ApiPartner dpmptsp;

    @BeforeEach
    void aPartner() {
        http = new Http(port);
        dpmptsp = ApiPartner.create(http, clients, admin, "DPMPTSP", ApiScopes.APPLICATIONS_WRITE,
                ApiScopes.forService(ApiPartner.SERVICE));
    }

    @Test
    void a_partner_creates_uploads_submits_reads_and_anyone_tracks_with_the_verifier() {
        HttpResponse<String> created = dpmptsp.create(ApiPartner.application(ApiPartner.SERVICE, ApiPartner.completeAnswers()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = Http.json(created);
        long id = draft.get("id").asLong();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/applications/" + id);

        byte[] pdf = TestFiles.pdf();
        HttpResponse<String> uploaded = dpmptsp.upload(id, "rekomendasi-polsek", "surat-polsek.pdf", pdf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode document = Http.json(uploaded);
        assertThat(document.get("requirement").asString()).isEqualTo("rekomendasi-polsek");
        assertThat(document.get("sha256").asString()).isEqualTo(TestFiles.sha256(pdf));
        assertThat(document.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("id").asLong()).isPositive();
        byte[] png = TestFiles.png(400, 300);
        HttpResponse<String> photo = http.postFile("/api/v1/applications/" + id + "/documents/kartu-identitas", "file",
                "ktp.png", "image/png", png, dpmptsp.headers());
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
        assertThat(Http.json(photo).get("mediaType").asString()).isEqualTo("image/png");

        HttpResponse<String> submitted = dpmptsp.submit(id);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        String number = Http.json(submitted).get("trackingNumber").asString();
        assertThat(number).matches("POT-\\d{4}-\\d{6}");
        assertThat(Http.json(submitted).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(dpmptsp.submit(id).statusCode()).as("a second submission").isEqualTo(409);
        long filesBefore = storedFiles();
        HttpResponse<String> late = dpmptsp.upload(id, "kartu-identitas", "ktp-lagi.pdf", pdf);
        assertThat(late.statusCode()).as("a file after submission").isEqualTo(409);
        assertProblem(late);
        assertThat(storedFiles()).as("the refused file is deleted again").isEqualTo(filesBefore);
        assertThat(documentRows(id)).isEqualTo(2);

        HttpResponse<String> read = dpmptsp.get(id);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode application = Http.json(read);
        assertThat(application.get("id").asLong()).isEqualTo(id);
        assertThat(application.get("service").asString()).isEqualTo(ApiPartner.SERVICE);
        assertThat(application.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(application.get("trackingNumber").asString()).isEqualTo(number);
        assertThat(application.get("submittedAt").asString()).matches(OFFSET_TIME);
        assertThat(application.get("answers").get("jumlah-orang").asString()).isEqualTo("2");
        assertThat(application.get("answers").get("pernah-dipulangkan").asString()).isEqualTo("false");
        assertThat(application.get("documents").values()).extracting(d -> d.get("requirement").asString())
                .containsExactly("rekomendasi-polsek", "kartu-identitas");
        assertThat(application.get("documents").values()).allSatisfy(d -> {
            assertThat(d.has("storageKey")).isFalse();
            assertThat(d.get("uploadedAt").asString()).matches(OFFSET_TIME);
        });
        assertThat(application.get("timeline").values()).extracting(t -> t.get("type").asString())
                .containsExactly("CREATED", "SUBMITTED");

        HttpResponse<String> tracked = http.get("/api/v1/track/" + number + "?verifier=" + ApiPartner.VERIFIER);
        assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
        JsonNode tracking = Http.json(tracked);
        assertThat(tracking.get("service").asString()).isEqualTo(ApiPartner.SERVICE);
        assertThat(tracking.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(tracking.get("submittedAt").asString()).matches(OFFSET_TIME)
                .isEqualTo(application.get("submittedAt").asString());
        assertThat(tracking.get("timeline").values()).extracting(t -> t.get("type").asString() + "/" + t.get("status").asString())
                .containsExactly("CREATED/DRAFT", "SUBMITTED/SUBMITTED");
        assertThat(tracking.get("timeline").values()).allSatisfy(t -> assertThat(t.get("at").asString()).matches(OFFSET_TIME));
        assertThat(tracked.body()).doesNotContain(ApiPartner.NIK).doesNotContain("Asep");
        // The expected completion is the SLA engine's deadline for the service from the submission.
        java.time.Instant submittedAt = java.time.OffsetDateTime.parse(tracking.get("submittedAt").asString()).toInstant();
        java.time.Instant engine = sla.calculator().deadline(submittedAt,
                catalogue.service(ApiPartner.SERVICE).orElseThrow().timeLimit()).toInstant();
        assertThat(tracking.get("dueAt").asString()).matches(OFFSET_TIME).endsWith("+07:00");
        assertThat(java.time.OffsetDateTime.parse(tracking.get("dueAt").asString()).toInstant())
                .isEqualTo(engine.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(http.get("/api/v1/track/" + number + "?verifier=7890").statusCode()).as("the phone's last digits")
                .isEqualTo(200);

        HttpResponse<String> wrong = http.get("/api/v1/track/" + number + "?verifier=9999");
        HttpResponse<String> unknown = http.get("/api/v1/track/POT-1999-000001?verifier=" + ApiPartner.VERIFIER);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(wrong).get("detail").asString()).as("a wrong verifier reads like an unknown number")
                .isEqualTo(Http.json(unknown).get("detail").asString());
    }

    @Test
    void ten_wrong_verifiers_lock_the_number_with_429_and_retry_after() {
        long id = dpmptsp.completeDraft();
        String number = Http.json(dpmptsp.submit(id)).get("trackingNumber").asString();
        for (int i = 0; i < 10; i++) {
            assertThat(http.get("/api/v1/track/" + number + "?verifier=9999").statusCode()).isEqualTo(404);
        }
        HttpResponse<String> locked = http.get("/api/v1/track/" + number + "?verifier=" + ApiPartner.VERIFIER);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(Http.json(locked).get("detail").asString()).contains("menit");
    }

    @Test
    void a_client_whose_scopes_do_not_name_the_service_gets_403() {
        ApiPartner lksOnly = ApiPartner.create(http, clients, admin, "Kemenkumham", ApiScopes.APPLICATIONS_WRITE,
                ApiScopes.forService("lks"));
        HttpResponse<String> refused = lksOnly.create(ApiPartner.application(ApiPartner.SERVICE, ApiPartner.completeAnswers()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertProblem(refused);
        assertThat(Http.json(refused).get("detail").asString()).contains("service:" + ApiPartner.SERVICE);

        ApiPartner readOnly = ApiPartner.create(http, clients, admin, "Pembaca", ApiScopes.APPLICATIONS_READ,
                ApiScopes.ALL_SERVICES);
        assertThat(readOnly.create(ApiPartner.application(ApiPartner.SERVICE, ApiPartner.completeAnswers())).statusCode())
                .as("without applications:write").isEqualTo(403);

        ApiPartner everything = ApiPartner.create(http, clients, admin, "Semua", ApiScopes.APPLICATIONS_WRITE,
                ApiScopes.ALL_SERVICES);
        assertThat(everything.create(ApiPartner.application(ApiPartner.SERVICE, ApiPartner.completeAnswers())).statusCode())
                .as("service:* covers every service").isEqualTo(201);

        HttpResponse<String> anonymous = http.postJson("/api/v1/applications",
                ApiPartner.application(ApiPartner.SERVICE, ApiPartner.completeAnswers()));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous);
        assertThat(http.get("/api/v1/applications/1").statusCode()).isEqualTo(401);
    }

    @Test
    void another_clients_application_answers_404_exactly_as_a_missing_one_and_nothing_is_stored() {
        long id = dpmptsp.draft();
        ApiPartner other = ApiPartner.create(http, clients, admin, "Lain", ApiScopes.APPLICATIONS_WRITE,
                ApiScopes.APPLICATIONS_READ, ApiScopes.ALL_SERVICES);
        long missing = id + 1_000_000;
        long filesBefore = storedFiles();

        HttpResponse<String> foreign = other.get(id);
        HttpResponse<String> absent = other.get(missing);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(absent.statusCode()).isEqualTo(404);
        assertSameProblem(foreign, absent);
        assertThat(other.upload(id, "kartu-identitas", "ktp.pdf", TestFiles.pdf()).statusCode()).isEqualTo(404);
        assertThat(other.submit(id).statusCode()).isEqualTo(404);
        assertSameProblem(other.submit(missing), other.submit(id));
        assertSameProblem(other.upload(missing, "kartu-identitas", "ktp.pdf", TestFiles.pdf()),
                other.upload(id, "kartu-identitas", "ktp.pdf", TestFiles.pdf()));

        assertThat(documentRows(id)).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(dpmptsp.get(id).statusCode()).as("the owner still reads it").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM intake_application WHERE id = ?", String.class, id))
                .isEqualTo("DRAFT");
    }

    @Test
    void an_executable_named_pdf_is_refused_with_415_and_nothing_saved() {
        long id = dpmptsp.draft();
        long filesBefore = storedFiles();

        HttpResponse<String> refused = dpmptsp.upload(id, "kartu-identitas", "ktp.pdf", TestFiles.windowsExecutable());

        assertThat(refused.statusCode()).isEqualTo(415);
        assertProblem(refused);
        JsonNode problem = Http.json(refused);
        assertThat(problem.get("reason").asString()).isEqualTo("WRONG_TYPE");
        assertThat(problem.get("code").asString()).isEqualTo("upload.rejected.wrong-type");
        assertThat(problem.get("detail").asString()).contains("PDF, JPG, atau PNG");
        HttpResponse<String> english = dpmptsp.upload(id, "kartu-identitas", "ktp.pdf", TestFiles.windowsExecutable(),
                "Accept-Language", "en");
        assertThat(Http.json(english).get("detail").asString()).contains("PDF, JPG or PNG");
        assertThat(documentRows(id)).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void a_60_mb_upload_is_refused_with_413_json_and_nothing_saved() {
        long id = dpmptsp.draft();
        long filesBefore = storedFiles();

        HttpResponse<String> refused = dpmptsp.upload(id, "kartu-identitas", "scan.pdf",
                () -> new GeneratedPdf(60L * 1024 * 1024));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertProblem(refused);
        JsonNode problem = Http.json(refused);
        assertThat(problem.get("reason").asString()).isEqualTo("TOO_LARGE");
        assertThat(problem.get("detail").asString()).contains("10 MB").contains("Perkecil");
        assertThat(documentRows(id)).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);

        // Just above the portal's limit, below the container's: the file store refuses it the same way.
        HttpResponse<String> justAbove = dpmptsp.upload(id, "kartu-identitas", "scan.pdf",
                () -> new GeneratedPdf(10L * 1024 * 1024 + 1));
        assertThat(justAbove.statusCode()).as(justAbove.body()).isEqualTo(413);
        assertThat(Http.json(justAbove).get("detail").asString()).isEqualTo(problem.get("detail").asString());
        assertThat(documentRows(id)).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void a_submission_without_a_mandatory_document_is_refused_with_422_naming_it() {
        long id = dpmptsp.draft();
        assertThat(dpmptsp.upload(id, "rekomendasi-polsek", "surat.pdf", TestFiles.pdf()).statusCode()).isEqualTo(201);

        HttpResponse<String> refused = dpmptsp.submit(id);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertProblem(refused);
        JsonNode problem = Http.json(refused);
        assertThat(problem.get("missingRequirements").values()).extracting(JsonNode::asString)
                .containsExactly("kartu-identitas");
        assertThat(problem.get("missingFields").values()).isEmpty();
        assertThat(problem.get("problems").values()).singleElement().satisfies(p -> {
            assertThat(p.get("field").asString()).isEqualTo("documents.kartu-identitas");
            assertThat(p.get("code").asString()).isEqualTo("api.incomplete.requirement");
            assertThat(p.get("message").asString()).contains("Kartu Identitas").contains("kartu-identitas");
        });
        assertThat(jdbc.queryForObject("SELECT status FROM intake_application WHERE id = ?", String.class, id))
                .isEqualTo("DRAFT");

        Map<String, Object> partial = ApiPartner.application(ApiPartner.SERVICE, Map.of("kota-tujuan", "Brebes"));
        long incomplete = Http.json(dpmptsp.create(partial)).get("id").asLong();
        JsonNode missing = Http.json(dpmptsp.submit(incomplete));
        assertThat(missing.get("missingFields").values()).extracting(JsonNode::asString)
                .containsExactly("jumlah-orang", "nama-polsek", "nomor-surat-polsek", "pernah-dipulangkan");
        assertThat(missing.get("missingRequirements").values()).extracting(JsonNode::asString)
                .containsExactlyElementsOf(ApiPartner.DOCUMENTS);
    }

    @Test
    void malformed_values_are_refused_with_422_naming_each_field_in_the_partners_language() {
        Map<String, Object> body = ApiPartner.application(ApiPartner.SERVICE, Map.of("jumlah-orang", "dua",
                "tidak-ada", "x"));
        body.put("applicant", Map.of("nik", "12345", "name", "Asep", "phone", "081234567890"));
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM intake_application", Long.class);

        HttpResponse<String> refused = dpmptsp.create(body);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertProblem(refused);
        List<JsonNode> problems = Http.json(refused).get("problems").values().stream().toList();
        assertThat(problems).extracting(p -> p.get("field").asString())
                .containsExactlyInAnyOrder("applicant.nik", "answers.jumlah-orang", "answers.tidak-ada");
        JsonNode nik = problems.stream().filter(p -> p.get("field").asString().equals("applicant.nik")).findFirst().orElseThrow();
        assertThat(nik.get("code").asString()).isEqualTo("validation.nik.length");
        assertThat(nik.get("message").asString()).isEqualTo(
                "NIK harus 16 angka. Anda memasukkan 5 angka. Periksa kembali NIK di KTP atau Kartu Keluarga Anda.");

        HttpResponse<String> english = dpmptsp.create(body, "Accept-Language", "en");
        JsonNode englishNik = Http.json(english).get("problems").values().stream()
                .filter(p -> p.get("field").asString().equals("applicant.nik")).findFirst().orElseThrow();
        assertThat(englishNik.get("code").asString()).isEqualTo("validation.nik.length");
        assertThat(englishNik.get("message").asString()).contains("16 digits").isNotEqualTo(nik.get("message").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_application", Long.class)).isEqualTo(before);

        HttpResponse<String> unknown = dpmptsp.create(ApiPartner.application("tidak-ada", Map.of()));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown);
        HttpResponse<String> noService = dpmptsp.create(Map.of("answers", Map.of()));
        assertThat(noService.statusCode()).isEqualTo(422);
        assertThat(Http.json(noService).get("problems").get(0).get("field").asString()).isEqualTo("service");
        assertThat(http.postJson("/api/v1/applications", "{not json", dpmptsp.headers()).statusCode()).isEqualTo(400);
    }

    @Test
    void the_openapi_document_describes_the_endpoints_and_the_key() {
        JsonNode api = Http.json(http.get("/v3/api-docs"));
        JsonNode paths = api.get("paths");
        assertThat(paths.has("/api/v1/applications")).isTrue();
        assertThat(paths.get("/api/v1/applications/{id}/documents/{requirementCode}").get("post").get("requestBody")
                .get("content").has("multipart/form-data")).isTrue();
        assertThat(paths.get("/api/v1/applications/{id}/submit").get("post").get("responses").has("422")).isTrue();
        assertThat(paths.get("/api/v1/applications/{id}").get("get").get("security")).isNotNull();
        assertThat(paths.get("/api/v1/track/{trackingNumber}").get("get").get("responses").has("429")).isTrue();
        assertThat(api.get("components").get("securitySchemes").get("apiKey").get("name").asString()).isEqualTo("X-API-Key");
        assertThat(paths.get("/api/v1/applications/{id}/submit").get("post").get("description").asString())
                .contains("declares on the applicant's behalf");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    /** The same answer, but for the path it names. */
    private static void assertSameProblem(HttpResponse<String> one, HttpResponse<String> other) {
        assertThat(one.statusCode()).isEqualTo(other.statusCode());
        JsonNode a = Http.json(one);
        JsonNode b = Http.json(other);
        for (String field : List.of("status", "title", "detail", "code")) {
            assertThat(a.get(field)).as(field).isEqualTo(b.get(field));
        }
        assertThat(a.propertyNames()).containsExactlyInAnyOrderElementsOf(b.propertyNames());
    }

    private long documentRows(long applicationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM intake_document WHERE application_id = ?", Long.class,
                applicationId);
    }

    /** Every file in the store's folder, partial uploads included. */
    private long storedFiles() {
        Path root = ((LocalFileStore) store).root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF header followed by blanks up to the size: a large upload made on the fly, never held in memory. */
    static final class GeneratedPdf extends InputStream {

        private static final byte[] HEAD = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        GeneratedPdf(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int b = position < HEAD.length ? HEAD[(int) position] : ' ';
            position++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            for (int i = 0; i < n && position + i < HEAD.length; i++) {
                buffer[offset + i] = HEAD[(int) (position + i)];
            }
            position += n;
            return n;
        }
    }
}
