package id.dinsos.portal.shared.storage;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.dinsos.portal.shared.storage.UploadRejectedException.Reason;

/**
 * Scales photos and scans that are larger than needed down to the configured long side, with plain
 * ImageIO: JPEG stays JPEG (quality 0.85), PNG stays PNG, the aspect ratio and the metadata (EXIF,
 * including the orientation a phone wrote) are kept. Smaller images are left byte for byte as they are.
 */
final class ImageReducer {

    private static final Logger log = LoggerFactory.getLogger(ImageReducer.class);

    private static final float JPEG_QUALITY = 0.85f;

    private final int maxDimension;
    private final int maxSourceDimension;

    ImageReducer(int maxDimension, int maxSourceDimension) {
        this.maxDimension = maxDimension;
        this.maxSourceDimension = maxSourceDimension;
    }

    /**
     * Reduces the image in {@code file} in place if its long side is over the maximum.
     *
     * @return whether the file was rewritten
     * @throws UploadRejectedException {@link Reason#UNREADABLE} when no image header can be read,
     *                                 {@link Reason#IMAGE_TOO_LARGE} when it declares more pixels on a
     *                                 side than any real photo has
     */
    boolean reduce(Path file, DetectedType type) throws IOException {
        Path reduced = file.resolveSibling(file.getFileName() + ".reduced");
        try {
            if (!writeReduced(file, type, reduced)) {
                return false;
            }
            // Only now, with the original closed (Windows cannot replace an open file).
            Files.move(reduced, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            Files.deleteIfExists(reduced);
        }
    }

    /** Writes the reduced image to {@code reduced}; false when the original is to be kept as it is. */
    private boolean writeReduced(Path file, DetectedType type, Path reduced) throws IOException {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = reader(type);
            try {
                reader.setInput(in, true, false);
                int width;
                int height;
                try {
                    // Only the header: the raster is not decoded until the size is known to be sane.
                    width = reader.getWidth(0);
                    height = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw new UploadRejectedException(Reason.UNREADABLE);
                }
                if (width <= 0 || height <= 0) {
                    throw new UploadRejectedException(Reason.UNREADABLE);
                }
                if (width > maxSourceDimension || height > maxSourceDimension) {
                    throw new UploadRejectedException(Reason.IMAGE_TOO_LARGE, maxSourceDimension);
                }
                int longSide = Math.max(width, height);
                if (longSide <= maxDimension) {
                    return false;
                }
                return rewrite(file, type, reader, width, height, reduced);
            } finally {
                reader.dispose();
            }
        }
    }

    private boolean rewrite(Path file, DetectedType type, ImageReader reader, int width, int height, Path reduced)
            throws IOException {
        int longSide = Math.max(width, height);
        int targetWidth = Math.max(1, Math.round((float) width * maxDimension / longSide));
        int targetHeight = Math.max(1, Math.round((float) height * maxDimension / longSide));
        BufferedImage decoded;
        @Nullable IIOMetadata metadata;
        try {
            // Decode at most about twice the target size: a 50-megapixel photo would otherwise take
            // 150 MB of heap. Subsampling skips pixels while reading; the scaling below smooths.
            ImageReadParam param = reader.getDefaultReadParam();
            int subsampling = Math.max(1, (int) Math.ceil(longSide / (2.0 * maxDimension)));
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            metadata = reader.getImageMetadata(0);
            decoded = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            // E.g. a CMYK JPEG from a scanner, which ImageIO cannot decode: within the size limit it
            // is kept as it came rather than refused.
            log.warn("Kept a {} image unreduced: it could not be decoded ({})", type, e.getClass().getSimpleName());
            return false;
        }
        BufferedImage scaled = scale(decoded, targetWidth, targetHeight, type);
        decoded.flush();

        write(scaled, metadata, type, reduced);
        // A reduction that makes the file larger (a palette PNG turned true colour) is none.
        return Files.size(reduced) < Files.size(file);
    }

    private static BufferedImage scale(BufferedImage source, int width, int height, DetectedType type) {
        int imageType = switch (source.getType()) {
            case BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY,
                    BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_ARGB -> source.getType();
            // Palette, 16-bit and other layouts: drawn into plain true colour, with alpha where PNG has it.
            default -> type == DetectedType.PNG && source.getColorModel().hasAlpha()
                    ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        };
        BufferedImage target = new BufferedImage(width, height, imageType);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static void write(BufferedImage image, @Nullable IIOMetadata metadata, DetectedType type, Path target)
            throws IOException {
        try {
            writeWith(image, metadata, type, target);
        } catch (IOException | RuntimeException e) {
            if (metadata == null) {
                throw e;
            }
            // The original's metadata did not fit the new image (an unusual colour layout): the
            // pixels matter more than the metadata.
            log.info("Wrote a reduced {} image without its original metadata ({})", type, e.getClass().getSimpleName());
            writeWith(image, null, type, target);
        }
    }

    private static void writeWith(BufferedImage image, @Nullable IIOMetadata metadata, DetectedType type, Path target)
            throws IOException {
        Files.deleteIfExists(target);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(type.mediaType());
        if (!writers.hasNext()) {
            throw new IOException("No ImageIO writer for " + type);
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = new FileImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type == DetectedType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static ImageReader reader(DetectedType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        return readers.next();
    }
}
