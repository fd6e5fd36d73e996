package id.dinsos.portal.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One e-mail template in one language, parsed: {@code Subject: ...}, a blank line, then the plain-text
 * body, with {@code {{name}}} placeholders. Parsing is strict and names the file and line of a mistake,
 * so an office's typo stops the start-up instead of reaching a citizen's inbox half-filled.
 *
 * @param name     the template's name, e.g. {@code verify-email}
 * @param language {@code id} or {@code en}
 * @param file     the file it came from, for messages
 */
record MailTemplate(String name, String language, String file, List<Part> subject, List<Part> body) {

    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final String SUBJECT = "Subject:";

    MailTemplate {
        subject = List.copyOf(subject);
        body = List.copyOf(body);
    }

    /** A piece of a template: literal text, or a placeholder with the line it stands on. */
    sealed interface Part permits Literal, Placeholder {
    }

    record Literal(String text) implements Part {
    }

    record Placeholder(String name, int line) implements Part {
    }

    /** Parses a template file's text; every mistake found is reported, each with the file and line. */
    static MailTemplate parse(String name, String language, String file, String content) {
        List<String> errors = new ArrayList<>();
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<Part> subject = List.of();
        List<Part> body = new ArrayList<>();
        String first = lines.getFirst();
        if (!first.startsWith(SUBJECT) || first.substring(SUBJECT.length()).isBlank()) {
            errors.add(file + " line 1: the first line must be 'Subject: ' followed by the subject");
        } else {
            subject = parts(first.substring(SUBJECT.length()).strip(), 1, file, errors);
        }
        if (lines.size() < 2 || !lines.get(1).isBlank()) {
            errors.add(file + " line 2: the subject must be followed by a blank line, then the body");
        }
        int last = lines.size() - 1;
        while (last >= 2 && lines.get(last).isBlank()) {
            last--;
        }
        if (last < 2) {
            errors.add(file + ": the body is empty");
        }
        for (int i = 2; i <= last; i++) {
            body.addAll(parts(lines.get(i), i + 1, file, errors));
            if (i < last) {
                body.add(new Literal("\n"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidMailTemplateException(errors);
        }
        return new MailTemplate(name, language, file, subject, body);
    }

    /** The placeholder names the template uses, subject first, in order of appearance. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (Part part : subject) {
            if (part instanceof Placeholder p) {
                names.add(p.name());
            }
        }
        for (Part part : body) {
            if (part instanceof Placeholder p) {
                names.add(p.name());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * Fills the placeholders. A placeholder without a value is an error, never an empty gap in a mail;
     * values are inserted as they are (not parsed again), and line breaks in the subject become spaces
     * so that a value cannot add a header.
     */
    RenderedMail render(Map<String, String> values) {
        List<String> missing = new ArrayList<>();
        String renderedSubject = fill(subject, values, missing).replaceAll("[\\r\\n]+", " ");
        String renderedBody = fill(body, values, missing);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Mail template " + file + ": no value for " + String.join(", ", missing));
        }
        return new RenderedMail(name, language, renderedSubject, renderedBody);
    }

    private static String fill(List<Part> parts, Map<String, String> values, List<String> missing) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal l -> out.append(l.text());
                case Placeholder p -> {
                    String value = values.get(p.name());
                    if (value == null) {
                        missing.add("{{" + p.name() + "}} (line " + p.line() + ")");
                    } else {
                        out.append(value);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Splits one line into literals and placeholders. Braces are only ever placeholder syntax: a single
     * brace or an unclosed <code>{{</code> is refused, because in an office's plain text it is a typo.
     */
    private static List<Part> parts(String line, int lineNo, String file, List<String> errors) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (line.startsWith("{{", i)) {
                int end = line.indexOf("}}", i + 2);
                if (end < 0) {
                    errors.add(file + " line " + lineNo + ": '{{' without a closing '}}'");
                    return parts;
                }
                String name = line.substring(i + 2, end).strip();
                if (!PLACEHOLDER_NAME.matcher(name).matches()) {
                    errors.add(file + " line " + lineNo + ": '{{" + line.substring(i + 2, end)
                            + "}}' is not a placeholder name (letters and digits, starting with a letter)");
                    return parts;
                }
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Placeholder(name, lineNo));
                i = end + 2;
            } else if (line.startsWith("}}", i)) {
                errors.add(file + " line " + lineNo + ": '}}' without an opening '{{'");
                return parts;
            } else if (c == '{' || c == '}') {
                errors.add(file + " line " + lineNo + ": a single '" + c + "'; placeholders are written {{name}}");
                return parts;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return parts;
    }
}
