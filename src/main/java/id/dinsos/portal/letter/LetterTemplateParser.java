package id.dinsos.portal.letter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.account.StaffRole;

/**
 * Reads one letter template (docs/letter-templates.md) and refuses it, with the line and the reason,
 * when a header is missing or wrong, a section is unknown, braces are unbalanced, or a placeholder is
 * not one the portal fills in (for {@code answers.<field>}: a field of the services the letter is for).
 */
final class LetterTemplateParser {

    /** The placeholders every letter may use, besides {@code answers.<field>}. */
    static final Set<String> PLACEHOLDERS = Set.of(
            "number", "date", "place",
            "applicant.name", "applicant.nik", "applicant.nik-masked",
            "beneficiary.name", "beneficiary.nik", "beneficiary.nik-masked",
            "organisation.name",
            "service.name", "variant.name", "tracking.number", "decision.date",
            "signer.name", "signer.rank", "signer.nip", "signer.title",
            "office.name", "office.government", "office.city");

    /**
     * The placeholders of a receipt ({@code kind: receipt}): what the application shows when it is
     * submitted. No number, signer or decision (a receipt has none), and the NIK only masked.
     */
    static final Set<String> RECEIPT_PLACEHOLDERS = Set.of(
            "receipt.kind", "tracking.number", "tracking.link", "service.name",
            "applicant.name", "applicant.nik-masked", "beneficiary.name",
            "submitted.at", "printed.at", "time-limit", "fee", "fee.note",
            "office.name", "office.government", "office.city");

    /** Headers that make a letter a letter: a receipt refuses them. */
    private static final List<String> LETTER_ONLY = List.of("classification", "number-unit", "services", "paraf", "signer");
    private static final Map<String, java.util.Locale> LANGUAGES = Map.of("id", LetterPdf.INDONESIAN,
            "en", java.util.Locale.ENGLISH);

    static final Set<StaffRole> PARAF_ROLES = EnumSet.of(StaffRole.VERIFIER, StaffRole.TEAM_LEAD,
            StaffRole.HEAD_OF_DIVISION, StaffRole.SECRETARY);
    static final Set<StaffRole> SIGNER_ROLES = EnumSet.of(StaffRole.HEAD_OF_OFFICE, StaffRole.HEAD_OF_DIVISION);

    private static final Set<String> HEADERS = Set.of("kind", "language", "title", "classification", "number-unit",
            "services", "paraf", "signer");
    private static final Set<String> SECTIONS = Set.of("addressee", "paragraph", "table", "documents");
    private static final Pattern HEADER = Pattern.compile("([a-z-]+)\\s*:\\s*(.*)");
    private static final Pattern SECTION = Pattern.compile("\\[([a-z-]*)]\\s*");
    private static final Pattern CLASSIFICATION = Pattern.compile("\\d{3}(\\.\\d{1,3}){0,4}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(:[a-z0-9]+(-[a-z0-9]+)*)?");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9.-]{1,32}");

    private LetterTemplateParser() {
    }

    /**
     * @param fileName   the file's name, {@code <code>.txt}
     * @param text       its content
     * @param fieldsOf   the form field codes of a service, or empty when there is no such service
     * @throws InvalidLetterTemplateException naming the line and the reason
     */
    static LetterTemplate parse(String fileName, String text, Function<String, Optional<Set<String>>> fieldsOf) {
        if (!fileName.matches("[a-z0-9]+(-[a-z0-9]+)*\\.txt")) {
            throw new InvalidLetterTemplateException(fileName, 1, "the file name must be <letter-type>.txt in kebab-case");
        }
        String code = fileName.substring(0, fileName.length() - 4);
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        // The last line that has text, for problems "at the end of the file".
        int lastLine = lines.length;
        while (lastLine > 1 && lines[lastLine - 1].isBlank()) {
            lastLine--;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        int i = 0;
        boolean closed = false;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("---")) {
                closed = true;
                i++;
                break;
            }
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                throw new InvalidLetterTemplateException(fileName, number,
                        "expected a header line 'name: value' or '---' to end the headers");
            }
            String key = header.group(1);
            if (!HEADERS.contains(key)) {
                throw new InvalidLetterTemplateException(fileName, number, "unknown header '" + key + "'; known: "
                        + new TreeSet<>(HEADERS));
            }
            if (headers.containsKey(key)) {
                throw new InvalidLetterTemplateException(fileName, number, "header '" + key + "' given twice");
            }
            headers.put(key, header.group(2).strip());
            headerLines.put(key, number);
        }
        if (!closed) {
            throw new InvalidLetterTemplateException(fileName, lastLine, "the headers are not ended by a line '---'");
        }
        String kind = headers.getOrDefault("kind", "letter");
        if (kind.equals("receipt")) {
            return receipt(fileName, code, lines, i, lastLine, headers, headerLines);
        }
        if (!kind.equals("letter")) {
            throw new InvalidLetterTemplateException(fileName, headerLines.get("kind"),
                    "kind must be 'letter' (the default) or 'receipt'");
        }
        if (headers.containsKey("language")) {
            throw new InvalidLetterTemplateException(fileName, headerLines.get("language"),
                    "letters (naskah dinas) are written in Indonesian; 'language' is only for kind: receipt");
        }
        for (String required : List.of("title", "classification", "services", "paraf", "signer")) {
            if (headers.getOrDefault(required, "").isBlank()) {
                throw new InvalidLetterTemplateException(fileName, headerLines.getOrDefault(required, 1),
                        "header '" + required + "' is required");
            }
        }
        String classification = headers.get("classification");
        if (!CLASSIFICATION.matcher(classification).matches()) {
            throw new InvalidLetterTemplateException(fileName, headerLines.get("classification"),
                    "classification '" + classification + "' is not a code such as 400.9.14");
        }
        String numberUnit = headers.get("number-unit");
        if (numberUnit != null && !UNIT.matcher(numberUnit).matches()) {
            throw new InvalidLetterTemplateException(fileName, headerLines.get("number-unit"),
                    "number-unit must be 1 to 32 letters, digits, dots or hyphens");
        }
        List<String> services = new ArrayList<>();
        Set<String> answerCodes = new TreeSet<>();
        for (String service : headers.get("services").split(",")) {
            String s = service.strip();
            if (!CODE.matcher(s).matches()) {
                throw new InvalidLetterTemplateException(fileName, headerLines.get("services"),
                        "'" + s + "' is not a service code (or service:variant)");
            }
            String serviceCode = s.contains(":") ? s.substring(0, s.indexOf(':')) : s;
            Optional<Set<String>> fields = fieldsOf.apply(serviceCode);
            if (fields.isEmpty()) {
                throw new InvalidLetterTemplateException(fileName, headerLines.get("services"),
                        "unknown service '" + serviceCode + "'");
            }
            answerCodes.addAll(fields.get());
            services.add(s);
        }
        List<StaffRole> paraf = new ArrayList<>();
        for (String role : headers.get("paraf").split(",")) {
            StaffRole r = role(role.strip());
            if (r == null || !PARAF_ROLES.contains(r)) {
                throw new InvalidLetterTemplateException(fileName, headerLines.get("paraf"), "'" + role.strip()
                        + "' is not a paraf role; use " + PARAF_ROLES);
            }
            if (paraf.contains(r)) {
                throw new InvalidLetterTemplateException(fileName, headerLines.get("paraf"), r + " appears twice");
            }
            paraf.add(r);
        }
        StaffRole signer = role(headers.get("signer"));
        if (signer == null || !SIGNER_ROLES.contains(signer)) {
            throw new InvalidLetterTemplateException(fileName, headerLines.get("signer"), "signer must be one of "
                    + SIGNER_ROLES);
        }
        List<LetterTemplate.Block> blocks = body(fileName, lines, i, lastLine, false, PLACEHOLDERS, answerCodes);
        check(fileName, headerLines.get("title"), headers.get("title"), PLACEHOLDERS, answerCodes);
        return new LetterTemplate(code, headers.get("title"), classification, numberUnit, services, paraf, signer,
                blocks);
    }

    /** {@code kind: receipt}: a title and a body, in Indonesian or (with {@code language: en}) English. */
    private static LetterTemplate receipt(String fileName, String code, String[] lines, int start, int lastLine,
                                          Map<String, String> headers, Map<String, Integer> headerLines) {
        for (String letterOnly : LETTER_ONLY) {
            if (headers.containsKey(letterOnly)) {
                throw new InvalidLetterTemplateException(fileName, headerLines.get(letterOnly), "a receipt has no "
                        + "number, services, paraf or signer: remove header '" + letterOnly + "'");
            }
        }
        if (headers.getOrDefault("title", "").isBlank()) {
            throw new InvalidLetterTemplateException(fileName, headerLines.getOrDefault("title", 1),
                    "header 'title' is required");
        }
        java.util.Locale language = LANGUAGES.get(headers.getOrDefault("language", "id"));
        if (language == null) {
            throw new InvalidLetterTemplateException(fileName, headerLines.get("language"),
                    "language must be one of " + new TreeSet<>(LANGUAGES.keySet()));
        }
        List<LetterTemplate.Block> blocks = body(fileName, lines, start, lastLine, true, RECEIPT_PLACEHOLDERS, Set.of());
        check(fileName, headerLines.get("title"), headers.get("title"), RECEIPT_PLACEHOLDERS, Set.of());
        return new LetterTemplate(code, headers.get("title"), null, null, List.of(), List.of(), null, blocks,
                LetterTemplate.Kind.RECEIPT, language);
    }

    private static List<LetterTemplate.Block> body(String fileName, String[] lines, int start, int lastLine,
                                                   boolean receipt, Set<String> placeholders, Set<String> answerCodes) {
        List<LetterTemplate.Block> blocks = new ArrayList<>();
        @Nullable String section = null;
        List<String> pending = new ArrayList<>();
        List<LetterTemplate.Row> rows = new ArrayList<>();
        for (int i = start; i <= lines.length; i++) {
            boolean end = i == lines.length;
            String line = end ? "" : lines[i].strip();
            int number = i + 1;
            if (line.startsWith("#")) {
                continue;
            }
            Matcher sectionStart = SECTION.matcher(line);
            boolean newSection = !end && sectionStart.matches();
            // A blank line ends a paragraph; a new section or the end of the file ends any block.
            if (end || newSection || line.isEmpty() && "paragraph".equals(section)) {
                if ("paragraph".equals(section) && !pending.isEmpty()) {
                    blocks.add(new LetterTemplate.Paragraph(String.join(" ", pending)));
                } else if ("addressee".equals(section) && !pending.isEmpty()) {
                    blocks.add(new LetterTemplate.Addressee(List.copyOf(pending)));
                } else if ("table".equals(section) && !rows.isEmpty()) {
                    blocks.add(new LetterTemplate.Table(List.copyOf(rows)));
                }
                pending = new ArrayList<>();
                rows = new ArrayList<>();
                if (newSection) {
                    section = sectionStart.group(1);
                    if (!SECTIONS.contains(section)) {
                        throw new InvalidLetterTemplateException(fileName, number, "unknown section [" + section
                                + "]; use [addressee], [paragraph] or [table]" + (receipt ? " or [documents]" : ""));
                    }
                    if (section.equals("documents")) {
                        if (!receipt) {
                            throw new InvalidLetterTemplateException(fileName, number,
                                    "[documents] is only for kind: receipt");
                        }
                        if (blocks.stream().anyMatch(b -> b instanceof LetterTemplate.Documents)) {
                            throw new InvalidLetterTemplateException(fileName, number, "[documents] given twice");
                        }
                        // The rows are the application's: one per requirement with the files received.
                        blocks.add(new LetterTemplate.Documents());
                    }
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (section == null) {
                throw new InvalidLetterTemplateException(fileName, number,
                        "text before the first section; start the body with [addressee], [paragraph] or [table]");
            }
            if (section.equals("documents")) {
                throw new InvalidLetterTemplateException(fileName, number,
                        "[documents] takes no text: the portal lists the documents received; start another section");
            }
            check(fileName, number, line, placeholders, answerCodes);
            if (section.equals("table")) {
                int bar = line.indexOf('|');
                if (bar < 0 || line.indexOf('|', bar + 1) >= 0) {
                    throw new InvalidLetterTemplateException(fileName, number,
                            "a table row is 'label | value' with exactly one '|'");
                }
                rows.add(new LetterTemplate.Row(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            } else {
                pending.add(line);
            }
        }
        if (blocks.stream().noneMatch(b -> b instanceof LetterTemplate.Paragraph)) {
            throw new InvalidLetterTemplateException(fileName, lastLine, "the letter needs at least one [paragraph]");
        }
        return blocks;
    }

    /** Balanced braces, and only placeholders the portal fills in. */
    private static void check(String fileName, int number, String line, Set<String> placeholders,
                              Set<String> answerCodes) {
        int at = 0;
        while (at < line.length()) {
            int open = line.indexOf("{{", at);
            int close = line.indexOf("}}", at);
            if (open < 0) {
                if (close >= 0) {
                    throw new InvalidLetterTemplateException(fileName, number, "'}}' without '{{' before it");
                }
                if (line.indexOf('{', at) >= 0 || line.indexOf('}', at) >= 0) {
                    throw new InvalidLetterTemplateException(fileName, number,
                            "a single brace; braces are only for placeholders such as {{applicant.name}}");
                }
                return;
            }
            if (close >= 0 && close < open) {
                throw new InvalidLetterTemplateException(fileName, number, "'}}' without '{{' before it");
            }
            if (line.substring(at, open).contains("{") || line.substring(at, open).contains("}")) {
                throw new InvalidLetterTemplateException(fileName, number,
                        "a single brace; braces are only for placeholders such as {{applicant.name}}");
            }
            int end = line.indexOf("}}", open + 2);
            if (end < 0) {
                throw new InvalidLetterTemplateException(fileName, number, "'{{' is not closed by '}}'");
            }
            String name = line.substring(open + 2, end).strip();
            if (name.contains("{")) {
                throw new InvalidLetterTemplateException(fileName, number, "'{{' is not closed by '}}' before the next '{{'");
            }
            if (!name.matches("[a-z0-9.-]+")) {
                throw new InvalidLetterTemplateException(fileName, number, "'{{" + name
                        + "}}' is not a placeholder name (lower case letters, digits, dots, hyphens)");
            }
            if (name.startsWith("answers.") && placeholders == PLACEHOLDERS) {
                String field = name.substring("answers.".length());
                if (!answerCodes.contains(field)) {
                    throw new InvalidLetterTemplateException(fileName, number, "unknown placeholder {{" + name
                            + "}}: the letter's services have no field '" + field + "'; they have " + answerCodes);
                }
            } else if (!placeholders.contains(name)) {
                throw new InvalidLetterTemplateException(fileName, number, "unknown placeholder {{" + name
                        + "}}; known: " + new TreeSet<>(placeholders)
                        + (placeholders == PLACEHOLDERS ? " and answers.<field>" : " (a receipt)"));
            }
            at = end + 2;
        }
    }

    private static @Nullable StaffRole role(String name) {
        try {
            return StaffRole.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
