package id.dinsos.portal.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.casework.CaseworkService;
import id.dinsos.portal.casework.FieldVisitService;
import jakarta.annotation.security.PermitAll;

/**
 * Test-only page (src/test, so never in the product) with one {@link VisitScheduleForm} for the case in
 * the path, as the case screen embeds it; counts the {@code onChanged} calls.
 */
@Route("uji/jadwal-kunjungan/:id")
@PermitAll
public class VisitScheduleTestView extends Div implements BeforeEnterObserver {

    private final transient FieldVisitService visits;
    private final transient CaseworkService casework;

    public VisitScheduleTestView(FieldVisitService visits, CaseworkService casework) {
        this.visits = visits;
        this.casework = casework;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        removeAll();
        Paragraph changed = new Paragraph("0");
        changed.setId("changed");
        add(new H1("VisitScheduleForm"), new VisitScheduleForm(visits, id, () -> casework.details(id).version(),
                () -> changed.setText(String.valueOf(Integer.parseInt(changed.getText()) + 1))), changed);
    }
}
