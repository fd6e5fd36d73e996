package id.dinsos.portal.shared.storage;

import org.springframework.util.Assert;

/**
 * A file that passed {@link UploadChecker#check}: what it is, and the size and SHA-256 of the bytes
 * now in the target file (after any reduction), which are the bytes that will be stored.
 *
 * @param type   the type its content shows
 * @param size   its size in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 */
public record CheckedUpload(DetectedType type, long size, String sha256) {

    public CheckedUpload {
        Assert.isTrue(size > 0, "a checked upload is never empty");
        Assert.isTrue(sha256.matches("[0-9a-f]{64}"), "sha256 must be 64 lower-case hex digits");
    }
}
