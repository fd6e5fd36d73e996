package id.dinsos.portal.shared.storage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the portal accepts, recognised by their first bytes (magic numbers), never by the
 * name or the type the browser claims: a program renamed {@code ktp.pdf} is still a program.
 */
public enum DetectedType {

    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** How many leading bytes {@link #detect(byte[], int)} needs to tell every type apart. */
    public static final int MAGIC_LENGTH = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DetectedType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The media type to serve the file with, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension without the dot, e.g. {@code jpg}. */
    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /**
     * The type whose signature the first {@code length} bytes of {@code head} start with; empty for
     * anything else (an executable's {@code MZ}, a ZIP's {@code PK}, HTML, text, too few bytes).
     */
    public static Optional<DetectedType> detect(byte[] head, int length) {
        for (DetectedType type : values()) {
            byte[] signature = type.magic;
            if (length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
