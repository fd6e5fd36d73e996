package id.dinsos.portal.shared.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * The limits on uploads (environment variables in brackets; see the README's table).
 *
 * @param maxFileSize        the largest file accepted, before any reduction ({@code UPLOAD_MAX_FILE_SIZE},
 *                           default 10MB)
 * @param maxApplicationSize the most all files of one application may take together, as stored
 *                           ({@code UPLOAD_MAX_APPLICATION_SIZE}, default 50MB)
 * @param maxImageDimension  photos and scans wider or taller than this many pixels are scaled down to
 *                           it on their long side ({@code UPLOAD_MAX_IMAGE_DIMENSION}, default 2000:
 *                           an A4 page at about 240 dpi, sharp enough to read any document)
 */
@ConfigurationProperties("portal.upload")
public record UploadPolicy(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("50MB") DataSize maxApplicationSize,
        @DefaultValue("2000") int maxImageDimension) {

    /**
     * Images with more pixels than this on either side are refused before they are decoded: a small
     * file can declare a gigantic picture (a decompression bomb). 12000 still admits the 108-megapixel
     * photos of the largest phone cameras.
     */
    public static final int MAX_SOURCE_DIMENSION = 12_000;

    public UploadPolicy {
        Assert.isTrue(maxFileSize.toBytes() > 0, "portal.upload.max-file-size must be positive");
        Assert.isTrue(maxApplicationSize.toBytes() >= maxFileSize.toBytes(),
                "portal.upload.max-application-size must be at least portal.upload.max-file-size");
        Assert.isTrue(maxImageDimension >= 100 && maxImageDimension <= MAX_SOURCE_DIMENSION,
                "portal.upload.max-image-dimension must be between 100 and " + MAX_SOURCE_DIMENSION);
    }

    /** The defaults, as a deployment without any upload setting has them. */
    public static UploadPolicy defaults() {
        return new UploadPolicy(DataSize.ofMegabytes(10), DataSize.ofMegabytes(50), 2000);
    }
}
