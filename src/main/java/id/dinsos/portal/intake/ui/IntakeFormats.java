package id.dinsos.portal.intake.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;

import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.TimelineEntry;

/** How the intake pages write sizes, times, statuses and timeline steps, in the person's language. */
public final class IntakeFormats {

    private IntakeFormats() {
    }

    /** 350 KB, 1,2 MB (1.2 MB in English). */
    static String fileSize(Component translator, long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return translator.getTranslation("intake.file.size.kb", Math.max(1, (bytes + 1023) / 1024));
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return translator.getTranslation("intake.file.size.mb", number.format(bytes / (1024.0 * 1024.0)));
    }

    /** 17 Agustus 2026, 09.30 WIB: the office's zone, whatever the server's. */
    public static String dateTime(Component translator, Instant at, ZoneId zone, Locale locale) {
        ZonedDateTime local = at.atZone(zone);
        return translator.getTranslation("intake.time.at",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(local),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local),
                translator.getTranslation("zone." + zone.getId()));
    }

    /** 17 Agustus 2026, in the office's zone. */
    static String date(Instant at, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(at.atZone(zone));
    }

    /** 17 Agustus 2026, a calendar date. */
    static String longDate(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    static String status(Component translator, ApplicationStatus status) {
        return translator.getTranslation("intake.status." + status.name());
    }

    /** A timeline step's label; a step of the back office names the status it led to. */
    static String step(Component translator, TimelineEntry entry) {
        return translator.getTranslation("intake.timeline." + entry.type().name(), status(translator, entry.status()));
    }

    /** The requirements that take a file (of the variant), each code once, in the catalogue's order. */
    static List<Requirement> documentRequirements(ServiceDefinition service, @org.jspecify.annotations.Nullable String variant) {
        Map<String, Requirement> byCode = new LinkedHashMap<>();
        service.requirementsFor(variant).stream().filter(Requirement::isDocument)
                .forEach(r -> byCode.putIfAbsent(r.code(), r));
        return List.copyOf(byCode.values());
    }
}
