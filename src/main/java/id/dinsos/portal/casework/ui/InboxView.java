package id.dinsos.portal.casework.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import id.dinsos.portal.casework.CaseInbox;
import id.dinsos.portal.casework.InboxFilter;
import id.dinsos.portal.casework.InboxRow;
import id.dinsos.portal.casework.InboxScope;
import id.dinsos.portal.casework.InboxSort;
import id.dinsos.portal.casework.InboxState;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.ui.AdminFormats;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The back office's inbox: the person's own cases or all of their units', counted per state at the
 * top, filtered, and listed a page at a time from the database ({@link CaseInbox}) by deadline. Each
 * row's number is a link to the case ({@code kasus/<id>}), reachable with the keyboard; on a narrow
 * screen the grid shows one card-like column instead of many.
 */
@Route(value = "kasus", layout = PublicLayout.class)
@RolesAllowed({"FRONT_OFFICE", "VERIFIER", "TEAM_LEAD", "HEAD_OF_DIVISION", "SECRETARY", "HEAD_OF_OFFICE"})
public class InboxView extends PublicPage {

    private static final int NARROW = 700;

    private final transient CaseInbox inbox;
    private final transient CatalogueService catalogue;
    private final transient Regions regions;
    private final transient OfficeService office;

    private final RadioButtonGroup<InboxScope> scope = new RadioButtonGroup<>();
    private final ComboBox<ServiceDefinition> service = new ComboBox<>();
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final ComboBox<InboxState> state = new ComboBox<>();
    private final ComboBox<Regions.Region> district = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox finished = new Checkbox();
    private final ComboBox<InboxSort> sort = new ComboBox<>();
    private final Button clear = new Button();
    private final UnorderedList counts = new UnorderedList();
    private final Paragraph total = new Paragraph();
    private final Grid<InboxRow> grid = new Grid<>();
    private final Details filterPanel = new Details();
    private @Nullable Boolean narrow;
    private @Nullable Registration resize;

    public InboxView(CaseInbox inbox, CatalogueService catalogue, Regions regions, OfficeService office) {
        this.inbox = inbox;
        this.catalogue = catalogue;
        this.regions = regions;
        this.office = office;
        addClassName("inbox");
        scope.setId("inbox-scope");
        scope.setItems(InboxScope.values());
        scope.setValue(InboxScope.MINE);
        service.setId("inbox-service");
        status.setId("inbox-status");
        state.setId("inbox-state");
        district.setId("inbox-district");
        from.setId("inbox-from");
        to.setId("inbox-to");
        finished.setId("inbox-finished");
        sort.setId("inbox-sort");
        sort.setItems(InboxSort.values());
        sort.setValue(InboxSort.DUE);
        sort.setAllowCustomValue(false);
        clear.setId("inbox-clear");
        filterPanel.setId("inbox-filters");
        filterPanel.setOpened(true);
        counts.setId("inbox-counts");
        total.setId("inbox-total");
        total.getElement().setAttribute("role", "status");
        total.getElement().setAttribute("aria-live", "polite");
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.setPageSize(50);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setItems(query -> inbox.page(filter(), sortOrder(), query.getOffset(), query.getLimit()).stream(),
                query -> inbox.count(filter()));
        scope.addValueChangeListener(e -> refresh());
        service.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        district.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        finished.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        clear.addClickListener(e -> clearFilters());
    }

    @Override
    protected String title() {
        return getTranslation("inbox.title");
    }

    @Override
    protected void render(Locale locale) {
        ZoneId zone = office.profile().hours().zone();
        scope.setLabel(getTranslation("inbox.scope.label"));
        scope.setItemLabelGenerator(s -> getTranslation("inbox.scope." + s.name()));
        service.setLabel(getTranslation("inbox.filter.service"));
        service.setItems(catalogue.services().stream()
                .sorted(Comparator.comparing((ServiceDefinition s) -> s.name().in(locale))).toList());
        service.setItemLabelGenerator(s -> s.name().in(locale));
        status.setLabel(getTranslation("inbox.filter.status"));
        status.setItems(Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT).toList());
        status.setItemLabelGenerator(s -> getTranslation("intake.status." + s.name()));
        state.setLabel(getTranslation("inbox.filter.state"));
        state.setItems(InboxState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        district.setLabel(getTranslation("inbox.filter.district"));
        district.setItems(regions.districts());
        district.setItemLabelGenerator(Regions.Region::name);
        from.setLabel(getTranslation("inbox.filter.from"));
        to.setLabel(getTranslation("inbox.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(locale);
            picker.setI18n(AdminFormats.datePicker(locale, getTranslation("admin.date.today"),
                    getTranslation("admin.cancel")));
            picker.setClearButtonVisible(true);
        }
        finished.setLabel(getTranslation("inbox.filter.finished"));
        sort.setLabel(getTranslation("inbox.filter.sort"));
        sort.setItemLabelGenerator(s -> getTranslation("inbox.sort." + s.name()));
        clear.setText(getTranslation("inbox.filter.clear"));
        for (ComboBox<?> box : List.of(service, status, state, district)) {
            box.setClearButtonVisible(true);
        }
        counts.getElement().setAttribute("aria-label", getTranslation("inbox.counts.label"));
        counts.addClassName("inbox-counts");
        counts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem 1.25rem")
                .set("list-style", "none").set("padding", "0");

        Div filters = new Div(service, status, state, district, from, to, sort, finished, clear);
        filters.addClassName("inbox-filters");
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 1rem")
                .set("align-items", "baseline");
        filterPanel.setSummaryText(getTranslation("inbox.filters"));
        filterPanel.removeAll();
        filterPanel.add(filters);
        Section filterSection = new Section(filterPanel);
        filterSection.getElement().setAttribute("aria-label", getTranslation("inbox.filters"));

        grid.getElement().setAttribute("aria-label", getTranslation("inbox.grid.label"));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        columns(locale, zone, Boolean.TRUE.equals(narrow));
        add(new H1(getTranslation("inbox.title")), new Paragraph(getTranslation("inbox.intro")), scope, counts,
                filterSection, total, grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ui.getPage().retrieveExtendedClientDetails(details -> width(details.getWindowInnerWidth()));
        resize = ui.getPage().addBrowserWindowResizeListener(e -> width(e.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (resize != null) {
            resize.remove();
        }
        super.onDetach(event);
    }

    private void width(int pixels) {
        boolean isNarrow = pixels < NARROW;
        if (!Objects.equals(narrow, isNarrow)) {
            if (narrow == null && isNarrow) {
                // On a phone the filters fold away at first, so the cases come first.
                filterPanel.setOpened(false);
            }
            narrow = isNarrow;
            columns(getLocale(), office.profile().hours().zone(), isNarrow);
        }
    }

    /** Many columns on a wide screen; on a narrow one, one column that stacks a case's facts like a card. */
    private void columns(Locale locale, ZoneId zone, boolean isNarrow) {
        grid.removeAllColumns();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", locale).withZone(zone);
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", locale).withZone(zone);
        Map<String, String> serviceNames = catalogue.services().stream()
                .collect(Collectors.toMap(ServiceDefinition::code, s -> s.name().in(locale), (a, b) -> a));
        Map<String, String> districtNames = regions.districts().stream()
                .collect(Collectors.toMap(Regions.Region::code, Regions.Region::name, (a, b) -> a));
        Function<InboxRow, String> serviceName = r -> serviceNames.getOrDefault(r.serviceCode(), r.serviceCode());
        Function<InboxRow, String> stateText = r -> r.state() == null ? ""
                : getTranslation(r.state().messageKey());
        Function<InboxRow, String> holder = r -> r.holderName() != null ? r.holderName()
                : getTranslation("inbox.holder.queue", getTranslation("staff.role." + r.holderRole().name()));
        Function<InboxRow, String> districtName = r -> r.districtCode() == null ? ""
                : districtNames.getOrDefault(r.districtCode(), r.districtCode());
        if (isNarrow) {
            grid.addColumn(LitRenderer.<InboxRow>of("""
                            <div class="inbox-card" style="padding:0.25rem 0">
                              <a href="${item.href}" router-link><strong>${item.number}</strong></a>
                              <div>${item.service}</div>
                              <div>${item.applicant}</div>
                              <div><strong>${item.due}</strong> · ${item.state}</div>
                              <div>${item.status} · ${item.holder}</div>
                            </div>""")
                            .withProperty("href", r -> "kasus/" + r.id())
                            .withProperty("number", InboxRow::trackingNumber)
                            .withProperty("service", serviceName::apply)
                            .withProperty("applicant", r -> Objects.toString(r.applicantName(), ""))
                            .withProperty("due", r -> getTranslation("inbox.due", minute.format(r.dueAt())))
                            .withProperty("state", stateText::apply)
                            .withProperty("status", r -> getTranslation("intake.status." + r.status().name()))
                            .withProperty("holder", holder::apply))
                    .setHeader(getTranslation("inbox.column.case")).setKey("case");
            return;
        }
        grid.addColumn(LitRenderer.<InboxRow>of("<a href=\"${item.href}\" router-link>${item.number}</a>")
                        .withProperty("href", r -> "kasus/" + r.id())
                        .withProperty("number", InboxRow::trackingNumber))
                .setHeader(getTranslation("inbox.column.tracking")).setKey("tracking").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(serviceName::apply).setHeader(getTranslation("inbox.column.service")).setKey("service");
        grid.addColumn(r -> Objects.toString(r.applicantName(), "")).setHeader(getTranslation("inbox.column.applicant"))
                .setKey("applicant");
        grid.addColumn(r -> getTranslation("intake.status." + r.status().name()))
                .setHeader(getTranslation("inbox.column.status")).setKey("status");
        grid.addColumn(holder::apply).setHeader(getTranslation("inbox.column.holder")).setKey("holder");
        grid.addColumn(districtName::apply).setHeader(getTranslation("inbox.column.district")).setKey("district");
        grid.addColumn(r -> day.format(r.submittedAt())).setHeader(getTranslation("inbox.column.submitted"))
                .setKey("submitted");
        grid.addColumn(r -> minute.format(r.dueAt())).setHeader(getTranslation("inbox.column.due")).setKey("due");
        grid.addColumn(stateText::apply).setHeader(getTranslation("inbox.column.state")).setKey("state");
    }

    private InboxFilter filter() {
        return new InboxFilter(scope.getValue() == null ? InboxScope.MINE : scope.getValue(),
                service.getValue() == null ? null : service.getValue().code(), status.getValue(), state.getValue(),
                district.getValue() == null ? null : district.getValue().code(), from.getValue(), to.getValue(),
                finished.getValue());
    }

    private InboxSort sortOrder() {
        return sort.getValue() == null ? InboxSort.DUE : sort.getValue();
    }

    private void refresh() {
        InboxFilter filter = filter();
        Map<InboxState, Integer> byState = inbox.countsByState(filter);
        counts.removeAll();
        boolean showFinished = filter.includeFinished() || filter.state() != null && filter.state().finished();
        for (Map.Entry<InboxState, Integer> e : byState.entrySet()) {
            if (e.getKey().finished() && !showFinished) {
                continue;
            }
            Span number = new Span(String.valueOf(e.getValue()));
            number.getStyle().set("font-weight", "bold");
            ListItem item = new ListItem(number, new Span(" " + getTranslation(e.getKey().messageKey())));
            item.setId("inbox-count-" + e.getKey().name());
            counts.add(item);
        }
        total.setText(getTranslation("inbox.total", inbox.count(filter)));
        grid.getDataProvider().refreshAll();
    }

    private void clearFilters() {
        for (ComboBox<?> box : List.of(service, status, state, district)) {
            box.clear();
        }
        from.clear();
        to.clear();
        finished.setValue(false);
        sort.setValue(InboxSort.DUE);
    }

    private void open(InboxRow row) {
        getUI().ifPresent(ui -> ui.navigate("kasus/" + row.id()));
    }
}
