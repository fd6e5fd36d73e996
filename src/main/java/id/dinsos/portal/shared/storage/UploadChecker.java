package id.dinsos.portal.shared.storage;

import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.shared.storage.UploadRejectedException.Reason;

/**
 * The rules every upload passes, whichever {@link FileStore} keeps it: the type judged by content
 * (PDF, JPEG, PNG), not empty, not over the per-file limit, images not absurdly large, and photos
 * larger than needed reduced. Works on a stream into a local file, so that a 60 MB upload is never
 * held in memory and reading stops as soon as the file is known to be refused.
 */
public final class UploadChecker {

    private static final int BUFFER = 64 * 1024;

    private final UploadPolicy policy;
    private final ImageReducer images;

    public UploadChecker(UploadPolicy policy) {
        this.policy = policy;
        this.images = new ImageReducer(policy.maxImageDimension(), UploadPolicy.MAX_SOURCE_DIMENSION);
    }

    public UploadPolicy policy() {
        return policy;
    }

    /**
     * Streams {@code content} into {@code target} (an existing, empty file that the caller owns and
     * deletes on failure), checking it on the way, and reduces a large photo in place.
     * <p>
     * Reading stops at the first bytes that show a wrong type, and one byte past the per-file limit;
     * {@code content} is not closed.
     *
     * @return the type, and the size and SHA-256 of what {@code target} now holds
     * @throws UploadRejectedException with the reason the file is refused
     * @throws IOException             when reading the upload or writing the file fails
     */
    public CheckedUpload check(InputStream content, Path target) throws IOException {
        long limit = policy.maxFileSize().toBytes();
        MessageDigest digest = sha256();
        byte[] head = new byte[DetectedType.MAGIC_LENGTH];
        int headLength = 0;
        @Nullable DetectedType type = null;
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (FileChannel channel = FileChannel.open(target, WRITE, TRUNCATE_EXISTING);
                OutputStream out = Channels.newOutputStream(channel)) {
            while (true) {
                // Never ask for more than one byte past the limit: that byte is enough to refuse.
                int read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size));
                if (read < 0) {
                    break;
                }
                if (type == null && headLength < head.length) {
                    int copied = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copied);
                    headLength += copied;
                    if (headLength == head.length) {
                        type = detect(head, headLength);
                    }
                }
                size += read;
                if (size > limit) {
                    throw new UploadRejectedException(Reason.TOO_LARGE, UploadRejectedException.megabytes(limit));
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            if (size == 0) {
                throw new UploadRejectedException(Reason.EMPTY);
            }
            if (type == null) {
                type = detect(head, headLength);
            }
            // The file must be on disk before it is moved into place and its key handed out.
            channel.force(true);
        }
        if (type.isImage() && images.reduce(target, type)) {
            return new CheckedUpload(type, Files.size(target), sha256(target));
        }
        return new CheckedUpload(type, size, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Refuses a file that would take an application's files past {@code portal.upload.max-application-size}.
     *
     * @param alreadyStored the bytes the application's files already take (as stored)
     * @param incoming      the size of the new file (as stored: {@link StoredFile#size()})
     * @throws UploadRejectedException {@link Reason#TOTAL_TOO_LARGE}, with the limit in MB
     */
    public void checkTotal(long alreadyStored, long incoming) {
        long limit = policy.maxApplicationSize().toBytes();
        if (alreadyStored < 0 || incoming < 0 || incoming > limit - alreadyStored) {
            throw new UploadRejectedException(Reason.TOTAL_TOO_LARGE, UploadRejectedException.megabytes(limit));
        }
    }

    private static DetectedType detect(byte[] head, int length) {
        return DetectedType.detect(head, length).orElseThrow(() -> new UploadRejectedException(Reason.WRONG_TYPE));
    }

    /** The SHA-256 of a file's bytes, as 64 lower-case hex digits. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
