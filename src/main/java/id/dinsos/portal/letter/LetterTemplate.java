package id.dinsos.portal.letter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.account.StaffRole;

/**
 * One letter type as the office's file {@code templates/letters/<code>.txt} defines it (format:
 * docs/letter-templates.md): its title and classification code, the services (and variants) it is issued
 * for, the paraf chain, who signs, and the blocks of its body with {@code {{placeholders}}}.
 *
 * @param code           the file's name without {@code .txt}, e.g. {@code rekomendasi-sjpp}
 * @param classification the archive classification code (Permendagri 83/2022) that starts the number
 * @param numberUnit     the unit code in the number ({@code Dinsos}), or null for the configured default
 * @param services       {@code service} or {@code service:variant} codes the letter is issued for
 * @param paraf          the roles that initial the draft, in order, before it is signed
 * @param signer         {@link StaffRole#HEAD_OF_OFFICE}, or {@link StaffRole#HEAD_OF_DIVISION} on the head's behalf
 * @param kind           a letter, or the receipt of a submitted application ({@code kind: receipt}), which has no
 *                       classification, services, paraf or signer (those are null or empty)
 * @param language       the language the text is written in: Indonesian for letters; a receipt may be English
 */
public record LetterTemplate(String code, String title, @Nullable String classification, @Nullable String numberUnit,
                             List<String> services, List<StaffRole> paraf, @Nullable StaffRole signer, List<Block> blocks,
                             Kind kind, Locale language) {

    /** {@code {{ name }}}: a placeholder; the name in lower case, dots and hyphens. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9.-]+)\\s*}}");

    public LetterTemplate {
        services = List.copyOf(services);
        paraf = List.copyOf(paraf);
        blocks = List.copyOf(blocks);
    }

    /** A letter in Indonesian. */
    public LetterTemplate(String code, String title, String classification, @Nullable String numberUnit,
                          List<String> services, List<StaffRole> paraf, StaffRole signer, List<Block> blocks) {
        this(code, title, classification, numberUnit, services, paraf, signer, blocks, Kind.LETTER, LetterPdf.INDONESIAN);
    }

    /**
     * A letter is numbered, initialled and signed; a receipt is none of these: it is the portal's
     * unsigned acknowledgement of a submission, rendered on the same letterhead with a QR code to the
     * tracking page. Only letters are letter types to draft.
     */
    public enum Kind { LETTER, RECEIPT }

    public boolean isReceipt() {
        return kind == Kind.RECEIPT;
    }

    /** A part of the body, in the order the template writes them. */
    public sealed interface Block permits Addressee, Paragraph, Table, Documents {
    }

    /** A receipt's list of the documents received per requirement; its rows come from the application. */
    public record Documents() implements Block {
    }

    /** The addressee ("Kepada Yth. ..."), one line each. */
    public record Addressee(List<String> lines) implements Block {
    }

    /** A paragraph of running text. */
    public record Paragraph(String text) implements Block {
    }

    /** A two-column table of label and value. */
    public record Table(List<Row> rows) implements Block {
    }

    public record Row(String label, String value) {
    }

    /** Whether the letter is issued for this service (and variant). */
    public boolean issuedFor(String serviceCode, @Nullable String variant) {
        return services.contains(serviceCode) || variant != null && services.contains(serviceCode + ":" + variant);
    }

    /**
     * Fills the placeholders of a text with their values, in one pass: a value is text, never read as a
     * template again (a name containing {@code {{number}}} stays as written). A placeholder without a
     * value is shown as a dash.
     */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? "–" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
