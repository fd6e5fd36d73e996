package id.dinsos.portal.shared.storage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An upload the portal refuses. The {@link #reason()} says why, as an i18n key whose text also says
 * what to do, with its {@link #args()}. The message is only the key: never the file's name or
 * content, because exceptions end up in logs and documents name the people they are about.
 */
public class UploadRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final long MEBIBYTE = 1024 * 1024;

    /** Each reason to refuse a file, with the bundle key that explains it (arguments noted where used). */
    public enum Reason {
        /** Not a PDF, JPEG or PNG by its content, whatever its name says. */
        WRONG_TYPE("upload.rejected.wrong-type"),
        /** Zero bytes. */
        EMPTY("upload.rejected.empty"),
        /** {0}: the per-file limit in MB. */
        TOO_LARGE("upload.rejected.too-large"),
        /** {0}: the limit in MB for all files of one application together. */
        TOTAL_TOO_LARGE("upload.rejected.total-too-large"),
        /** {0}: the most pixels an image may have on either side (a guard against decompression bombs). */
        IMAGE_TOO_LARGE("upload.rejected.image-too-large"),
        /** Starts like a JPEG or PNG, but no image can be read from it. */
        UNREADABLE("upload.rejected.unreadable");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The key in {@code i18n/messages*.properties}. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final List<Object> args;

    public UploadRejectedException(Reason reason, Object... args) {
        super(reason.messageKey());
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The arguments of the reason's message (a limit), never anything about the file itself. */
    public List<Object> args() {
        return args;
    }

    /** The arguments as an array, as {@code getTranslation(key, args...)} takes them. */
    public Object[] argsArray() {
        return args.toArray();
    }

    /**
     * A size in MB (of 1024 × 1024 bytes, as Spring's {@code DataSize} counts) for a message: whole
     * numbers as they are ("10"), others with one decimal, which the message format writes the
     * reader's way ("0,5" in Indonesian).
     */
    public static Number megabytes(long bytes) {
        if (bytes % MEBIBYTE == 0) {
            return bytes / MEBIBYTE;
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEBIBYTE), 1, RoundingMode.HALF_UP);
    }
}
