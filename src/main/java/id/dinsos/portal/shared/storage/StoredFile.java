package id.dinsos.portal.shared.storage;

import org.springframework.util.Assert;

/**
 * A file in the {@link FileStore}: what the module that owns it records (with its own reference to the
 * application, organisation or letter), and needs to serve it again.
 *
 * @param key          where the store keeps it: random, see {@link FileStore}
 * @param sha256       the SHA-256 of the stored bytes (after any reduction), 64 lower-case hex digits;
 *                     proves later that the file is the one received
 * @param size         the stored size in bytes
 * @param type         the type its content shows, and so the media type to serve it with
 * @param originalName the name it had on the person's device, cleaned of folders and control
 *                     characters; to show to the people it belongs to, never to build a path from
 */
public record StoredFile(String key, String sha256, long size, DetectedType type, String originalName) {

    /** The longest original name kept; longer ones are cut, keeping the extension. */
    public static final int MAX_NAME_LENGTH = 200;

    public StoredFile {
        Assert.isTrue(StorageKeys.isValid(key), "not a storage key");
        Assert.isTrue(sha256.matches("[0-9a-f]{64}"), "sha256 must be 64 lower-case hex digits");
        Assert.isTrue(size > 0, "a stored file is never empty");
        Assert.notNull(type, "type is required");
        Assert.isTrue(originalName.equals(cleanName(originalName)), "originalName must be cleaned with cleanName");
    }

    /**
     * A file name as a browser sent it, made safe to keep and show: only the last path segment (old
     * browsers send {@code C:\Users\...\ktp.jpg}), no control or bidirectional-override characters,
     * at most {@value #MAX_NAME_LENGTH} characters; {@code "berkas"} when nothing is left.
     */
    public static String cleanName(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "berkas";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int end = MAX_NAME_LENGTH - extension.length();
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--; // never half an emoji
            }
            name = name.substring(0, end).strip() + extension;
        }
        return name;
    }

    /**
     * The original name shortened for a log line: its first character and its extension
     * ({@code "K….jpg"}); a document's name often is the person's name.
     */
    public String maskedName() {
        int dot = originalName.lastIndexOf('.');
        String extension = dot > 0 && originalName.length() - dot <= 10 ? originalName.substring(dot) : "";
        return originalName.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "…" + extension;
    }

    /** Without the original name in full, because records end up in logs. */
    @Override
    public String toString() {
        return "StoredFile[key=" + key + ", sha256=" + sha256 + ", size=" + size + ", type=" + type
                + ", originalName=" + maskedName() + "]";
    }
}
