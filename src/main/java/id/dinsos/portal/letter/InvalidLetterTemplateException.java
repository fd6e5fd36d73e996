package id.dinsos.portal.letter;

/**
 * A letter template that cannot be used: its file, the line (1-based) and the reason, e.g.
 * {@code rekomendasi-sjpp.txt:14: unknown placeholder {{answers.nama}}}. Thrown at start-up (the start
 * stops) and when a template is checked before upload.
 */
public class InvalidLetterTemplateException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public InvalidLetterTemplateException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The line the problem is on, counted from 1. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
