package id.dinsos.portal.shared.ui;

import java.text.DateFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Dates and times on the administrator's pages: in the office's zone and the reader's language. */
public final class AdminFormats {

    private AdminFormats() {
    }

    /** {@code 25 Nov 2026 14.05}, or an empty text for no time. */
    public static String time(@Nullable Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", locale).withZone(zone).format(instant);
    }

    /** {@code 25 Nov 2026}. */
    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    /** A date picker's calendar in the reader's language (the component's own texts are English). */
    public static DatePicker.DatePickerI18n datePicker(Locale locale, String today, String cancel) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> weekdaysShort = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(1)
                .setDateFormat("d/M/yyyy")
                .setToday(today)
                .setCancel(cancel);
    }
}
