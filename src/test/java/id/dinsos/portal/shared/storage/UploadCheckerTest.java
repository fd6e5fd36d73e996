package id.dinsos.portal.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import id.dinsos.portal.shared.storage.TestFiles.CountingStream;
import id.dinsos.portal.shared.storage.UploadRejectedException.Reason;

/** Type by content, emptiness and size limits, checked while the upload streams in. */
class UploadCheckerTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @TempDir
    Path dir;
    Path target;
    UploadChecker checker = new UploadChecker(UploadPolicy.defaults());

    @BeforeEach
    void createTarget() throws IOException {
        target = Files.createFile(dir.resolve("upload.part"));
    }

    private CheckedUpload check(byte[] content) throws IOException {
        return checker.check(new ByteArrayInputStream(content), target);
    }

    private UploadRejectedException refusal(byte[] content) {
        return catchThrowableOfType(UploadRejectedException.class, () -> check(content));
    }

    @Test
    void a_pdf_is_recognised_by_its_first_bytes() throws IOException {
        assertThat(check(TestFiles.pdf()).type()).isEqualTo(DetectedType.PDF);
    }

    @Test
    void a_jpeg_is_recognised_by_its_first_bytes() throws IOException {
        assertThat(check(TestFiles.jpeg(40, 30)).type()).isEqualTo(DetectedType.JPEG);
    }

    @Test
    void a_png_is_recognised_by_its_first_bytes() throws IOException {
        assertThat(check(TestFiles.png(40, 30)).type()).isEqualTo(DetectedType.PNG);
    }

    @Test
    void a_windows_program_is_refused_as_wrong_type() {
        assertThat(refusal(TestFiles.windowsExecutable()).reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void a_zip_is_refused_as_wrong_type_even_when_it_holds_a_pdf() {
        assertThat(refusal(TestFiles.zip()).reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void html_is_refused_as_wrong_type() {
        assertThat(refusal(TestFiles.html()).reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void plain_text_is_refused_as_wrong_type() {
        assertThat(refusal("NIK 3216051708450001".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void a_file_shorter_than_a_signature_is_refused_as_wrong_type() {
        assertThat(refusal("%PDF".getBytes(StandardCharsets.US_ASCII)).reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void a_pdf_signature_later_in_the_file_does_not_count() {
        byte[] prefixed = ("x" + new String(TestFiles.pdf(), StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(prefixed).reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void an_empty_file_is_refused_as_empty() {
        assertThat(refusal(new byte[0]).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void a_wrong_type_is_refused_after_the_first_bytes_without_reading_the_rest() {
        CountingStream program = new CountingStream(TestFiles.windowsExecutable(), 60L * 1024 * 1024);
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class, () -> checker.check(program, target));
        assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(program.bytesRead()).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void reading_a_60_mb_upload_stops_one_byte_past_the_10_mb_limit() throws IOException {
        CountingStream huge = new CountingStream(TestFiles.pdf(), 60L * 1024 * 1024);
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class, () -> checker.check(huge, target));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.args()).containsExactly(10L);
        assertThat(huge.bytesRead()).isEqualTo(TEN_MB + 1);
        // What was written is at most the limit: nothing past it reached the disk.
        assertThat(Files.size(target)).isLessThanOrEqualTo(TEN_MB);
    }

    @Test
    void a_file_of_exactly_the_limit_is_accepted() throws IOException {
        CheckedUpload checked = checker.check(new CountingStream(TestFiles.pdf(), TEN_MB), target);
        assertThat(checked.size()).isEqualTo(TEN_MB);
        assertThat(Files.size(target)).isEqualTo(TEN_MB);
    }

    @Test
    void the_limit_in_the_message_follows_the_configuration() {
        UploadChecker small = new UploadChecker(new UploadPolicy(DataSize.ofKilobytes(512), DataSize.ofMegabytes(5), 2000));
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class,
                () -> small.check(new CountingStream(TestFiles.pdf(), 600 * 1024), target));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.args()).containsExactly(new BigDecimal("0.5"));
    }

    @Test
    void the_sha256_is_that_of_the_bytes_written() throws IOException {
        byte[] pdf = TestFiles.pdf();
        CheckedUpload checked = check(pdf);
        assertThat(checked.sha256()).isEqualTo(TestFiles.sha256(pdf));
        assertThat(checked.size()).isEqualTo(pdf.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
    }

    @Test
    void a_file_read_in_tiny_pieces_is_still_recognised() throws IOException {
        byte[] png = TestFiles.png(20, 20);
        // A slow network hands the bytes over one or two at a time.
        ByteArrayInputStream trickle = new ByteArrayInputStream(png) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        assertThat(checker.check(trickle, target).type()).isEqualTo(DetectedType.PNG);
    }

    @Test
    void the_total_of_an_application_may_reach_but_not_pass_the_limit() {
        long fifty = 50L * 1024 * 1024;
        assertThatCode(() -> checker.checkTotal(fifty - 1000, 1000)).doesNotThrowAnyException();
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class,
                () -> checker.checkTotal(fifty - 1000, 1001));
        assertThat(e.reason()).isEqualTo(Reason.TOTAL_TOO_LARGE);
        assertThat(e.args()).containsExactly(50L);
    }

    @Test
    void the_refusal_never_names_the_file() {
        UploadRejectedException e = refusal(TestFiles.windowsExecutable());
        assertThat(e.getMessage()).isEqualTo("upload.rejected.wrong-type");
    }

    @Test
    void a_policy_with_an_application_limit_below_the_file_limit_is_refused() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new UploadPolicy(DataSize.ofMegabytes(10), DataSize.ofMegabytes(5), 2000)))
                .hasMessageContaining("max-application-size");
    }
}
