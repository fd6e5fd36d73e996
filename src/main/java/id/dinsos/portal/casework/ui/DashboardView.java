package id.dinsos.portal.casework.ui;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import id.dinsos.portal.casework.ComplianceReport;
import id.dinsos.portal.casework.ComplianceReport.ServiceCompliance;
import id.dinsos.portal.casework.ComplianceReport.UnitLoad;
import id.dinsos.portal.casework.InboxState;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The supervisors' dashboard: open cases of their units by state, and a month's compliance with the
 * service standard per service, with the same table as a CSV download. {@link ComplianceReport}
 * decides which units each person sees.
 */
@Route(value = "kasus/dasbor", layout = PublicLayout.class)
@RolesAllowed({"TEAM_LEAD", "HEAD_OF_DIVISION", "SECRETARY", "HEAD_OF_OFFICE"})
public class DashboardView extends PublicPage {

    private static final List<InboxState> OPEN = List.of(InboxState.ON_TRACK, InboxState.DUE_SOON,
            InboxState.OVERDUE, InboxState.PAUSED);
    private static final int MONTHS = 24;

    private final transient ComplianceReport report;
    private final transient CatalogueService catalogue;
    private final transient OfficeService office;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Div compliance = new Div();

    public DashboardView(ComplianceReport report, CatalogueService catalogue, OfficeService office) {
        this.report = report;
        this.catalogue = catalogue;
        this.office = office;
        addClassName("dashboard");
        month.setId("dashboard-month");
        compliance.setId("dashboard-compliance");
        YearMonth current = report.currentMonth();
        month.setItems(IntStream.range(0, MONTHS).mapToObj(current::minusMonths).toList());
        month.setValue(current);
        month.setAllowCustomValue(false);
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showCompliance(getLocale());
            }
        });
    }

    @Override
    protected String title() {
        return getTranslation("dashboard.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("dashboard.title")));

        Section open = new Section(new H2(getTranslation("dashboard.open.heading")));
        open.setId("dashboard-open");
        List<UnitLoad> loads = report.openByUnit();
        if (loads.isEmpty()) {
            open.add(new Paragraph(getTranslation("dashboard.open.empty")));
        } else {
            NativeTable table = table(header(getTranslation("dashboard.open.unit"),
                    OPEN.stream().map(s -> getTranslation(s.messageKey())).toList(),
                    getTranslation("dashboard.open.total")));
            NativeTableBody body = new NativeTableBody();
            for (UnitLoad load : loads) {
                NativeTableRow row = new NativeTableRow();
                row.add(rowHeader(unitName(load.unitCode(), locale)));
                OPEN.forEach(s -> row.add(number(load.counts().getOrDefault(s, 0), locale)));
                row.add(number(load.total(), locale));
                row.getElement().setAttribute("data-unit", load.unitCode());
                body.add(row);
            }
            table.add(body);
            open.add(wrap(table, getTranslation("dashboard.open.heading")));
        }
        add(open);

        month.setLabel(getTranslation("dashboard.compliance.month"));
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        month.setItemLabelGenerator(monthFormat::format);
        Section monthly = new Section(new H2(getTranslation("dashboard.compliance.heading")),
                new Paragraph(getTranslation("dashboard.compliance.intro")), month, compliance);
        add(monthly);
        showCompliance(locale);
    }

    private void showCompliance(Locale locale) {
        compliance.removeAll();
        YearMonth chosen = month.getValue() == null ? report.currentMonth() : month.getValue();
        List<ServiceCompliance> rows = report.month(chosen);
        if (rows.isEmpty()) {
            compliance.add(new Paragraph(getTranslation("dashboard.compliance.empty")));
        } else {
            Map<String, String> names = catalogue.services().stream()
                    .collect(Collectors.toMap(ServiceDefinition::code, s -> s.name().in(locale), (a, b) -> a));
            NativeTable table = table(header(getTranslation("dashboard.compliance.service"),
                    List.of(getTranslation("dashboard.compliance.completed"),
                            getTranslation("dashboard.compliance.shareMet"),
                            getTranslation("dashboard.compliance.median"),
                            getTranslation("dashboard.compliance.p90")), null));
            NativeTableBody body = new NativeTableBody();
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            percent.setMaximumFractionDigits(1);
            for (ServiceCompliance r : rows) {
                NativeTableRow row = new NativeTableRow();
                row.getElement().setAttribute("data-service", r.serviceCode());
                row.add(rowHeader(names.getOrDefault(r.serviceCode(), r.serviceCode())),
                        number(r.completed(), locale), cell(percent.format(r.shareMet())),
                        cell(duration(r.medianMinutes())), cell(duration(r.p90Minutes())));
                body.add(row);
            }
            table.add(body);
            compliance.add(wrap(table, getTranslation("dashboard.compliance.heading")));
        }
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName("kepatuhan-" + chosen + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(report.csv(chosen, locale).getBytes(StandardCharsets.UTF_8));
        }, getTranslation("dashboard.compliance.download"));
        download.setId("dashboard-download");
        download.getElement().setAttribute("download", true);
        compliance.add(new Paragraph(download));
    }

    /** Working time as days and hours of the clock (24-hour days), rounded to the hour. */
    private String duration(long minutes) {
        long hours = Math.round(minutes / 60.0);
        return hours < 24 ? getTranslation("dashboard.duration.hours", hours)
                : getTranslation("dashboard.duration", hours / 24, hours % 24);
    }

    private String unitName(String code, Locale locale) {
        return office.profile().unit(code).map(u -> u.name().in(locale)).orElse(code);
    }

    private static NativeTable table(NativeTableHeader header) {
        NativeTable table = new NativeTable(header);
        table.getStyle().set("border-collapse", "collapse").set("min-width", "100%");
        return table;
    }

    private static NativeTableHeader header(String first, List<String> rest, @Nullable String last) {
        NativeTableRow row = new NativeTableRow();
        row.add(col(first));
        rest.forEach(t -> row.add(col(t)));
        if (last != null) {
            row.add(col(last));
        }
        return new NativeTableHeader(row);
    }

    private static NativeTableHeaderCell col(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        cell.getStyle().set("text-align", "left").set("padding", "0.25rem 0.5rem");
        return cell;
    }

    private static NativeTableHeaderCell rowHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "row");
        cell.getStyle().set("text-align", "left").set("padding", "0.25rem 0.5rem").set("font-weight", "normal");
        return cell;
    }

    private static NativeTableCell number(int value, Locale locale) {
        NativeTableCell cell = cell(NumberFormat.getIntegerInstance(locale).format(value));
        cell.getStyle().set("text-align", "right");
        return cell;
    }

    private static NativeTableCell cell(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.getStyle().set("padding", "0.25rem 0.5rem");
        return cell;
    }

    /** A wide table scrolls sideways inside its own box on a narrow screen, not the whole page. */
    private static Component wrap(NativeTable table, String label) {
        Div box = new Div(table);
        box.getElement().setAttribute("aria-label", label);
        box.getStyle().set("overflow-x", "auto");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        return box;
    }
}
