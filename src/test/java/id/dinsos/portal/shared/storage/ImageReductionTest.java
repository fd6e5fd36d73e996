package id.dinsos.portal.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import id.dinsos.portal.shared.storage.UploadRejectedException.Reason;

/** Photos larger than needed are scaled down on the server; others are kept byte for byte. */
class ImageReductionTest {

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

    private BufferedImage stored() throws IOException {
        return ImageIO.read(target.toFile());
    }

    @Test
    void a_3000_by_2000_photo_is_reduced_to_2000_by_1333_and_stays_jpeg() throws IOException {
        byte[] photo = TestFiles.jpeg(3000, 2000);
        CheckedUpload checked = check(photo);

        assertThat(checked.type()).isEqualTo(DetectedType.JPEG);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(DetectedType.detect(bytes, bytes.length)).contains(DetectedType.JPEG);
        BufferedImage image = stored();
        assertThat(image.getWidth()).isEqualTo(2000);
        assertThat(image.getHeight()).isEqualTo(1333);
        // The SHA-256 and size are those of what is stored, not of what was uploaded.
        assertThat(checked.size()).isEqualTo(bytes.length).isLessThan(photo.length);
        assertThat(checked.sha256()).isEqualTo(TestFiles.sha256(bytes)).isNotEqualTo(TestFiles.sha256(photo));
    }

    @Test
    void a_tall_scan_is_reduced_on_its_long_side_and_stays_png_with_transparency() throws IOException {
        CheckedUpload checked = check(TestFiles.png(1000, 4000));

        assertThat(checked.type()).isEqualTo(DetectedType.PNG);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(DetectedType.detect(bytes, bytes.length)).contains(DetectedType.PNG);
        BufferedImage image = stored();
        assertThat(image.getWidth()).isEqualTo(500);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(checked.sha256()).isEqualTo(TestFiles.sha256(bytes));
    }

    @Test
    void a_very_large_photo_is_decoded_subsampled_and_still_reaches_the_exact_size() throws IOException {
        // 4800 px is over twice the maximum: read with every second pixel, then scaled the rest of the way.
        CheckedUpload checked = check(TestFiles.jpeg(4800, 3200));
        BufferedImage image = stored();
        assertThat(image.getWidth()).isEqualTo(2000);
        assertThat(image.getHeight()).isEqualTo(1333);
        assertThat(checked.size()).isEqualTo(Files.size(target));
    }

    @Test
    void a_small_image_is_stored_unchanged_with_the_same_sha256() throws IOException {
        byte[] photo = TestFiles.jpeg(1600, 1200);
        CheckedUpload checked = check(photo);
        assertThat(Files.readAllBytes(target)).isEqualTo(photo);
        assertThat(checked.sha256()).isEqualTo(TestFiles.sha256(photo));
        assertThat(checked.size()).isEqualTo(photo.length);
    }

    @Test
    void an_image_exactly_at_the_maximum_is_left_alone() throws IOException {
        byte[] scan = TestFiles.png(2000, 1000);
        check(scan);
        assertThat(Files.readAllBytes(target)).isEqualTo(scan);
    }

    @Test
    void the_maximum_dimension_follows_the_configuration() throws IOException {
        UploadChecker smaller = new UploadChecker(new UploadPolicy(DataSize.ofMegabytes(10), DataSize.ofMegabytes(50), 800));
        smaller.check(new ByteArrayInputStream(TestFiles.jpeg(1600, 1200)), target);
        BufferedImage image = stored();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void the_exif_a_phone_wrote_survives_the_reduction() throws IOException {
        byte[] photo = TestFiles.withExifOrientation(TestFiles.jpeg(3000, 2000));
        assertThat(latin1(photo)).contains("Exif");
        check(photo);
        // The orientation in it keeps a photo taken upright displayed upright.
        assertThat(latin1(Files.readAllBytes(target))).contains("Exif");
        assertThat(stored().getWidth()).isEqualTo(2000);
    }

    @Test
    void a_png_declaring_50000_by_50000_pixels_is_refused_before_decoding() {
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class,
                () -> check(TestFiles.pngDeclaring(50_000, 50_000)));
        assertThat(e.reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
        assertThat(e.args()).containsExactly(12_000);
    }

    @Test
    void a_jpeg_declaring_a_side_over_12000_pixels_is_refused_before_decoding() {
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class,
                () -> check(TestFiles.jpegDeclaring(60_000, 1_000)));
        assertThat(e.reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
    }

    @Test
    void a_file_that_only_starts_like_a_jpeg_is_refused_as_unreadable() {
        byte[] fake = new byte[2048];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class, () -> check(fake));
        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void a_png_with_a_valid_signature_and_nothing_else_is_refused_as_unreadable() {
        byte[] signatureOnly = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class, () -> check(signatureOnly));
        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void a_pdf_is_never_touched() throws IOException {
        byte[] pdf = TestFiles.pdf();
        check(pdf);
        assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
    }

    @Test
    void no_working_file_is_left_next_to_the_upload() throws IOException {
        check(TestFiles.jpeg(3000, 2000));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
