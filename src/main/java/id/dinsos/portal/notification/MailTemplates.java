package id.dinsos.portal.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;
import id.dinsos.portal.shared.PortalProperties;
import id.dinsos.portal.shared.i18n.Languages;

/**
 * The e-mail texts an office edits: {@code <templates-location>/mail/<name>.<lang>.txt}, {@code lang}
 * {@code id} or {@code en}, Indonesian required and the fallback. Read and checked once at start-up
 * (syntax, and for the templates the portal sends, which placeholders they may use), so that a broken
 * or incomplete file stops the start with its name and line rather than failing at sending time.
 */
@Component
public class MailTemplates {

    /** Confirms a new account's address. Placeholders: {@code name}, {@code link}, {@code expiresInHours}. */
    public static final String VERIFY_EMAIL = "verify-email";
    /** A link to choose a new password. Placeholders: {@code name}, {@code link}, {@code expiresInMinutes}. */
    public static final String PASSWORD_RESET = "password-reset";
    /**
     * An invitation to join an organisation's account. Placeholders: {@code inviterName},
     * {@code organisationName}, {@code link}, {@code expiresInDays}.
     */
    public static final String ORGANISATION_INVITATION = "organisation-invitation";
    /** A new staff member's link to set a first password. Placeholders: {@code name}, {@code link}, {@code expiresInHours}. */
    public static final String STAFF_WELCOME = "staff-welcome";

    /**
     * Confirms that an application reached the office, with its tracking number. Placeholders:
     * {@code name}, {@code serviceName}, {@code trackingNumber}, {@code submittedAt}, {@code link}.
     */
    public static final String APPLICATION_SUBMITTED = "application-submitted";

    /**
     * Tells a case's holder and team lead that its deadline is near. Placeholders: {@code name},
     * {@code serviceName}, {@code trackingNumber}, {@code dueAt}, {@code holderName}, {@code link}.
     */
    public static final String CASE_DUE_SOON = "case-due-soon";
    /**
     * Tells the next person up the chain that a case is past its deadline. Placeholders: {@code name},
     * {@code serviceName}, {@code trackingNumber}, {@code dueAt}, {@code holderName}, {@code link}.
     */
    public static final String CASE_OVERDUE = "case-overdue";
    /**
     * A signed letter, attached (the letters module). Placeholders: {@code name}, {@code letterTitle},
     * {@code letterNumber}, {@code verificationLink}.
     */
    public static final String LETTER_ISSUED = "letter-issued";

    /** The office's name, filled in by the outbox from the office profile for every template. */
    public static final String OFFICE_NAME = "officeName";
    /** The office's phone, e-mail and website, filled in by the outbox for every template. */
    public static final String OFFICE_CONTACT = "officeContact";
    static final Set<String> OFFICE_PLACEHOLDERS = Set.of(OFFICE_NAME, OFFICE_CONTACT);

    /**
     * The templates the code sends, with the placeholders each may use and must use. A new mail the code
     * sends is added here, so that an office folder that lacks it (or misspells a placeholder) stops the
     * start-up.
     */
    static final Map<String, Spec> SENT_BY_THE_PORTAL = Map.of(
            VERIFY_EMAIL, new Spec(Set.of("name", "link", "expiresInHours"), Set.of("link")),
            PASSWORD_RESET, new Spec(Set.of("name", "link", "expiresInMinutes"), Set.of("link")),
            ORGANISATION_INVITATION, new Spec(Set.of("inviterName", "organisationName", "link", "expiresInDays"),
                    Set.of("link")),
            STAFF_WELCOME, new Spec(Set.of("name", "link", "expiresInHours"), Set.of("link")),
            APPLICATION_SUBMITTED, new Spec(Set.of("name", "serviceName", "trackingNumber", "submittedAt", "link"),
                    Set.of("trackingNumber", "link")),
            CASE_DUE_SOON, new Spec(Set.of("name", "serviceName", "trackingNumber", "dueAt", "holderName", "link"),
                    Set.of("trackingNumber", "link")),
            CASE_OVERDUE, new Spec(Set.of("name", "serviceName", "trackingNumber", "dueAt", "holderName", "link"),
                    Set.of("trackingNumber", "link")),
            LETTER_ISSUED, new Spec(Set.of("name", "letterTitle", "letterNumber", "verificationLink"),
                    Set.of("letterNumber", "verificationLink")));

    private static final Logger log = LoggerFactory.getLogger(MailTemplates.class);
    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.([a-z]+)\\.txt");
    private static final String FALLBACK = Languages.INDONESIAN.getLanguage();
    private static final Set<String> LANGUAGES = Languages.SUPPORTED.stream().map(Locale::getLanguage)
            .collect(Collectors.toUnmodifiableSet());

    /** Template name, then language. */
    private final Map<String, Map<String, MailTemplate>> templates;

    @Autowired
    MailTemplates(DefinitionFiles files, PortalProperties portal) {
        this(files, portal.templatesLocation());
    }

    MailTemplates(DefinitionFiles files, String location) {
        String folder = (location.endsWith("/") ? location : location + "/") + "mail/";
        List<SourceFile> sources = files.find(folder + "*.txt").stream().map(files::read).toList();
        this.templates = load(sources, folder);
        log.info("Mail templates: {} from {}", templates.keySet(), folder);
    }

    /**
     * The placeholders a template may use and the ones it must use.
     *
     * @param allowed  the values the code supplies (besides the office's, which every template may use)
     * @param required the ones without which the mail is useless (the link)
     */
    record Spec(Set<String> allowed, Set<String> required) {
    }

    /** The names of all templates found, e.g. {@code verify-email}. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(templates.keySet()));
    }

    boolean exists(String name) {
        return templates.containsKey(name);
    }

    /**
     * Renders a template in the locale's language (Indonesian when there is no English version).
     *
     * @throws IllegalArgumentException for an unknown template, or a placeholder without a value
     */
    RenderedMail render(String name, Locale locale, Map<String, ?> model) {
        Map<String, MailTemplate> byLanguage = templates.get(name);
        if (byLanguage == null) {
            throw new IllegalArgumentException("Unknown mail template '" + name + "'; there are " + names());
        }
        String language = Languages.supported(locale).getLanguage();
        MailTemplate template = byLanguage.getOrDefault(language, byLanguage.get(FALLBACK));
        Map<String, String> values = new HashMap<>();
        model.forEach((key, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("Mail template " + name + ": the value of '" + key + "' is null");
            }
            values.put(key, String.valueOf(value));
        });
        return template.render(values);
    }

    private static Map<String, Map<String, MailTemplate>> load(List<SourceFile> sources, String folder) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, MailTemplate>> found = new TreeMap<>();
        // A template whose file did not parse is reported once, not again as missing.
        Set<String> broken = new TreeSet<>();
        for (SourceFile source : sources) {
            Matcher name = FILE_NAME.matcher(source.name());
            if (!name.matches() || !LANGUAGES.contains(name.group(2))) {
                problems.add(source.name() + ": the name must be <template>.<language>.txt, the template in "
                        + "kebab-case and the language one of " + new TreeSet<>(LANGUAGES));
                continue;
            }
            try {
                MailTemplate template = MailTemplate.parse(name.group(1), name.group(2), source.name(),
                        new String(source.content(), StandardCharsets.UTF_8));
                found.computeIfAbsent(template.name(), n -> new LinkedHashMap<>()).put(template.language(), template);
            } catch (InvalidMailTemplateException e) {
                problems.addAll(e.problems());
                broken.add(name.group(1));
            }
        }
        found.forEach((name, byLanguage) -> {
            if (!byLanguage.containsKey(FALLBACK) && !broken.contains(name)) {
                problems.add(name + "." + FALLBACK + ".txt: missing; every template needs its Indonesian version, "
                        + "which is also sent when there is no translation");
            }
        });
        SENT_BY_THE_PORTAL.forEach((name, spec) -> {
            Map<String, MailTemplate> byLanguage = found.get(name);
            if (broken.contains(name)) {
                return;
            }
            if (byLanguage == null) {
                problems.add(name + "." + FALLBACK + ".txt: missing; the portal sends this mail");
                return;
            }
            byLanguage.values().forEach(t -> problems.addAll(checkPlaceholders(t, spec)));
        });
        if (!problems.isEmpty()) {
            throw new InvalidMailTemplateException(problems.stream().map(p -> folder + p).toList());
        }
        found.replaceAll((name, byLanguage) -> Map.copyOf(byLanguage));
        return Map.copyOf(found);
    }

    private static List<String> checkPlaceholders(MailTemplate template, Spec spec) {
        List<String> problems = new ArrayList<>();
        Set<String> allowed = new TreeSet<>(spec.allowed());
        allowed.addAll(OFFICE_PLACEHOLDERS);
        for (MailTemplate.Part part : concat(template.subject(), template.body())) {
            if (part instanceof MailTemplate.Placeholder p && !allowed.contains(p.name())) {
                problems.add(template.file() + " line " + p.line() + ": unknown placeholder {{" + p.name()
                        + "}}; this template can use " + allowed.stream().map(a -> "{{" + a + "}}")
                        .collect(Collectors.joining(", ")));
            }
        }
        for (String required : spec.required()) {
            if (!template.placeholders().contains(required)) {
                problems.add(template.file() + ": {{" + required + "}} is missing; without it the mail is of no use");
            }
        }
        return problems;
    }

    private static List<MailTemplate.Part> concat(List<MailTemplate.Part> a, List<MailTemplate.Part> b) {
        List<MailTemplate.Part> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
