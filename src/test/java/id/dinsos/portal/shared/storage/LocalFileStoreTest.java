package id.dinsos.portal.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.dinsos.portal.shared.storage.UploadRejectedException.Reason;

/** The local store: random keys, nothing outside its folder, nothing left behind by a failure. */
class LocalFileStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @TempDir
    Path dataDir;
    Path root;
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    LocalFileStore store;

    @BeforeEach
    void createStore() {
        root = dataDir.resolve("files");
        store = new LocalFileStore(root, new UploadChecker(UploadPolicy.defaults()), clock);
    }

    private StoredFile store(byte[] content, String name) {
        return store.store(new ByteArrayInputStream(content), name);
    }

    /** Every regular file under the data directory, wherever it is. */
    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void a_file_is_stored_under_year_month_and_a_random_id_and_reads_back_the_same() throws IOException {
        byte[] pdf = TestFiles.pdf();
        StoredFile stored = store(pdf, "KTP Budi Santoso.pdf");

        assertThat(stored.key()).matches("2026/11/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(stored.type()).isEqualTo(DetectedType.PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(TestFiles.sha256(pdf));
        assertThat(stored.originalName()).isEqualTo("KTP Budi Santoso.pdf");
        assertThat(allFiles()).containsExactly(root.resolve(stored.key()));
        try (InputStream in = store.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(store.exists(stored.key())).isTrue();
    }

    @Test
    void the_same_file_twice_gets_two_keys() {
        assertThat(store(TestFiles.pdf(), "a.pdf").key()).isNotEqualTo(store(TestFiles.pdf(), "a.pdf").key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "2026/11/../../../etc/passwd",
            "ktp.pdf", "2026/11/KTP.pdf", "./2026/11/x", "%2e%2e/%2e%2e/etc/passwd"})
    void a_name_that_looks_like_a_path_never_decides_where_the_file_lands(String name) throws IOException {
        StoredFile stored = store(TestFiles.pdf(), name);

        assertThat(stored.key()).startsWith("2026/11/").doesNotContain("..", "etc", "passwd", "ktp", "KTP", "win");
        assertThat(allFiles()).containsExactly(root.resolve(stored.key()));
        assertThat(stored.originalName()).doesNotContain("/", "\\");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "2026/11/../../../etc/passwd", "",
            "2026/11/0f8fad5b-d9cb-469f-a165-70867728950e/../../../../etc/passwd", ".incoming/upload-1.part",
            "2026/13/0f8fad5b-d9cb-469f-a165-70867728950e", "2026/11/0F8FAD5B-D9CB-469F-A165-70867728950E",
            "2026\\11\\0f8fad5b-d9cb-469f-a165-70867728950e"})
    void anything_that_is_not_a_key_is_refused_without_touching_the_disk(String key) {
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a storage key");
        assertThatThrownBy(() -> store.exists(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void opening_a_key_that_was_never_stored_fails() {
        String key = "2026/11/0f8fad5b-d9cb-469f-a165-70867728950e";
        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void a_stream_that_breaks_off_leaves_no_file() throws IOException {
        // The browser went away after 100 kB of a PDF.
        InputStream broken = new InputStream() {
            private final InputStream start = new TestFiles.CountingStream(TestFiles.pdf(), 100 * 1024);

            @Override
            public int read() throws IOException {
                int b = start.read();
                if (b < 0) {
                    throw new IOException("connection reset");
                }
                return b;
            }
        };
        assertThatThrownBy(() -> store.store(broken, "kk.pdf")).isInstanceOf(UncheckedIOException.class);
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void a_refused_file_leaves_nothing_behind() throws IOException {
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class,
                () -> store(TestFiles.windowsExecutable(), "surat.pdf"));
        assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(e.getMessage()).doesNotContain("surat");
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void an_oversized_stream_leaves_nothing_behind() throws IOException {
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class,
                () -> store.store(new TestFiles.CountingStream(TestFiles.pdf(), 60L * 1024 * 1024), "scan.pdf"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void a_file_that_would_pass_the_application_total_is_refused_and_not_kept() throws IOException {
        byte[] pdf = TestFiles.pdf();
        long fifty = 50L * 1024 * 1024;
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class,
                () -> store.store(new ByteArrayInputStream(pdf), "akta.pdf", fifty - pdf.length + 1));
        assertThat(e.reason()).isEqualTo(Reason.TOTAL_TOO_LARGE);
        assertThat(allFiles()).isEmpty();

        StoredFile fits = store.store(new ByteArrayInputStream(pdf), "akta.pdf", fifty - pdf.length);
        assertThat(store.exists(fits.key())).isTrue();
    }

    @Test
    void the_total_counts_the_reduced_size_of_a_photo() {
        byte[] photo = TestFiles.jpeg(3000, 2000);
        long fifty = 50L * 1024 * 1024;
        // The photo as uploaded would not fit; as stored, reduced, it does.
        StoredFile stored = store.store(new ByteArrayInputStream(photo), "foto.jpg", fifty - photo.length + 1);
        assertThat(stored.size()).isLessThan(photo.length);
    }

    @Test
    void delete_removes_the_file_and_a_second_delete_is_harmless() {
        StoredFile stored = store(TestFiles.png(10, 10), "pas-foto.png");
        store.delete(stored.key());
        assertThat(store.exists(stored.key())).isFalse();
        store.delete(stored.key());
    }

    @Test
    void partial_uploads_older_than_a_day_are_removed_when_the_store_starts_and_younger_ones_kept()
            throws IOException {
        Path incoming = root.resolve(LocalFileStore.INCOMING);
        Path abandoned = Files.write(incoming.resolve("upload-old.part"), new byte[10]);
        Files.setLastModifiedTime(abandoned, FileTime.from(NOW.minus(Duration.ofHours(25))));
        // Another node may be writing this one right now.
        Path inProgress = Files.write(incoming.resolve("upload-new.part"), new byte[10]);
        Files.setLastModifiedTime(inProgress, FileTime.from(NOW.minus(Duration.ofMinutes(5))));

        new LocalFileStore(root, new UploadChecker(UploadPolicy.defaults()), clock);

        assertThat(abandoned).doesNotExist();
        assertThat(inProgress).exists();
    }
}
