package id.dinsos.portal.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.casework.ReportOutcomeService;
import id.dinsos.portal.sla.SlaService;
import jakarta.annotation.security.PermitAll;

/**
 * Test-only page (src/test, so never in the product) with one {@link ReportSection} for the case in the
 * path, as the case screen embeds it; counts the {@code onChanged} calls.
 */
@Route("uji/laporan/:id")
@PermitAll
public class ReportSectionTestView extends Div implements BeforeEnterObserver {

    private final transient ReportOutcomeService reports;
    private final transient SlaService sla;

    public ReportSectionTestView(ReportOutcomeService reports, SlaService sla) {
        this.reports = reports;
        this.sla = sla;
        getElement().setAttribute("lang", "id");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        removeAll();
        Paragraph changed = new Paragraph("0");
        changed.setId("changed");
        ReportSection section = new ReportSection(reports, sla.calendar().zone(), id,
                () -> changed.setText(String.valueOf(Integer.parseInt(changed.getText()) + 1)));
        add(new H1("ReportSection"), section, changed);
        section.refresh();
    }
}
