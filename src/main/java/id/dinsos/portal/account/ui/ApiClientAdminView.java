package id.dinsos.portal.account.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.account.ApiClientService;
import id.dinsos.portal.account.ApiClientSummary;
import id.dinsos.portal.account.ApiScopes;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.NewApiKey;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.AdminFormats;
import id.dinsos.portal.shared.ui.AdminMenu;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * Partner systems' API clients: create one with its scopes, rotate its key, revoke it. A key is shown
 * once, in a dialog, right after it is made; the portal keeps only its hash and its first characters.
 * Besides the fixed scopes, the administrator ticks the services a client may submit
 * ({@code service:<code>}), listed by name from the catalogue.
 */
@Route(value = "admin/klien-api", layout = PublicLayout.class)
@RolesAllowed("ADMIN")
public class ApiClientAdminView extends PublicPage {

    private final ApiClientService clients;
    private final CatalogueService catalogue;
    private final OfficeService office;
    private final Paragraph status = new Paragraph();
    private @Nullable Grid<ApiClientSummary> grid;

    public ApiClientAdminView(ApiClientService clients, CatalogueService catalogue, OfficeService office) {
        this.clients = clients;
        this.catalogue = catalogue;
        this.office = office;
        addClassName("admin-page");
        status.setId("apiclient-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    protected String title() {
        return getTranslation("admin.apiclients.title");
    }

    @Override
    protected void render(Locale locale) {
        ZoneId zone = office.profile().hours().zone();
        Button add = new Button(getTranslation("admin.apiclients.add"), e -> openCreate());
        add.setId("apiclient-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Grid<ApiClientSummary> clientGrid = new Grid<>(ApiClientSummary.class, false);
        clientGrid.setId("apiclient-grid");
        clientGrid.addColumn(ApiClientSummary::name).setHeader(getTranslation("admin.apiclients.name")).setAutoWidth(true);
        clientGrid.addColumn(c -> String.join(", ", c.scopes())).setHeader(getTranslation("admin.apiclients.scopes"))
                .setAutoWidth(true);
        clientGrid.addColumn(c -> c.keyPrefix() + "…").setHeader(getTranslation("admin.apiclients.key")).setAutoWidth(true);
        clientGrid.addColumn(c -> AdminFormats.time(c.createdAt(), locale, zone))
                .setHeader(getTranslation("admin.apiclients.created")).setAutoWidth(true);
        clientGrid.addColumn(c -> AdminFormats.time(c.lastUsedAt(), locale, zone))
                .setHeader(getTranslation("admin.apiclients.lastused")).setAutoWidth(true);
        clientGrid.addColumn(c -> c.revoked()
                        ? getTranslation("admin.apiclients.revokedat", AdminFormats.time(c.revokedAt(), locale, zone))
                        : getTranslation("admin.apiclients.active"))
                .setHeader(getTranslation("admin.staff.status")).setAutoWidth(true);
        clientGrid.addComponentColumn(this::actions).setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        clientGrid.setEmptyStateText(getTranslation("admin.apiclients.none"));
        clientGrid.setItems(query -> clients.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) clients.count());
        grid = clientGrid;
        add(new H1(getTranslation("admin.apiclients.title")), new AdminMenu("admin/klien-api"),
                new Paragraph(getTranslation("admin.apiclients.intro")), new Div(add), status, clientGrid);
    }

    private Component actions(ApiClientSummary client) {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "0.5rem");
        if (client.revoked()) {
            return actions;
        }
        Button rotate = new Button(getTranslation("admin.apiclients.rotate"), e -> confirm(
                getTranslation("admin.apiclients.rotate.title", client.name()), getTranslation("admin.apiclients.rotate.text"),
                getTranslation("admin.apiclients.rotate"), () -> showKey(clients.rotate(client.id()))));
        rotate.setId("apiclient-rotate-" + client.id());
        rotate.getElement().setAttribute("aria-label", getTranslation("admin.apiclients.rotate.label", client.name()));
        Button revoke = new Button(getTranslation("admin.apiclients.revoke"), e -> confirm(
                getTranslation("admin.apiclients.revoke.title", client.name()), getTranslation("admin.apiclients.revoke.text"),
                getTranslation("admin.apiclients.revoke"), () -> {
                    clients.revoke(client.id());
                    refresh(getTranslation("admin.apiclients.revoked", client.name()));
                }));
        revoke.setId("apiclient-revoke-" + client.id());
        revoke.getElement().setAttribute("aria-label", getTranslation("admin.apiclients.revoke.label", client.name()));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : new Button[] {rotate, revoke}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        actions.add(rotate, revoke);
        return actions;
    }

    private void confirm(String title, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, action, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh(String message) {
        status.setText(message);
        if (grid != null) {
            grid.getDataProvider().refreshAll();
        }
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.apiclients.create.title"));
        TextField name = new TextField(getTranslation("admin.apiclients.name"));
        name.setId("apiclient-name");
        name.setHelperText(getTranslation("admin.apiclients.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        CheckboxGroup<String> scopes = new CheckboxGroup<>(getTranslation("admin.apiclients.scopes"));
        scopes.setId("apiclient-scopes");
        scopes.setItems(ApiScopes.ALL);
        scopes.setItemLabelGenerator(s -> getTranslation("apiclient.scope." + s) + " (" + s + ")");
        // Not marked required: the group's aria-required is not allowed on role=group (axe); the help says it.
        scopes.setHelperText(getTranslation("validation.apiclient.scopes"));
        Locale locale = getLocale();
        Map<String, String> serviceNames = new LinkedHashMap<>();
        for (ServiceDefinition service : catalogue.services()) {
            serviceNames.put(ApiScopes.forService(service.code()), service.name().in(locale));
        }
        CheckboxGroup<String> services = new CheckboxGroup<>(getTranslation("admin.apiclients.services"));
        services.setId("apiclient-services");
        services.setItems(serviceNames.keySet());
        services.setItemLabelGenerator(s -> serviceNames.get(s) + " (" + s + ")");
        services.setHelperText(getTranslation("admin.apiclients.services.help"));
        Div column = new Div(name, scopes, services);
        column.addClassName("form-column");
        dialog.add(column);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("scopes", scopes);
        Button save = new Button(getTranslation("admin.apiclients.create.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                List<String> chosen = new ArrayList<>(scopes.getValue());
                chosen.addAll(services.getValue());
                NewApiKey key = clients.create(name.getValue(), chosen);
                dialog.close();
                showKey(key);
            } catch (FormRejectedException rejected) {
                for (FieldProblem problem : rejected.problems()) {
                    HasValidation field = fields.get(problem.field());
                    if (field != null) {
                        field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                        field.setInvalid(true);
                    }
                }
            }
        });
        save.setId("apiclient-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    /** The key, once: the portal cannot show it again. */
    private void showKey(NewApiKey key) {
        refresh(getTranslation("admin.apiclients.keymade", key.clientName()));
        Dialog dialog = new Dialog();
        dialog.setId("apiclient-key-dialog");
        dialog.setHeaderTitle(getTranslation("admin.apiclients.key.title", key.clientName()));
        dialog.setCloseOnOutsideClick(false);
        TextField value = new TextField(getTranslation("admin.apiclients.key.label"));
        value.setId("apiclient-key");
        value.setValue(key.key());
        value.setReadOnly(true);
        value.setWidthFull();
        Paragraph once = new Paragraph(getTranslation("admin.apiclients.key.once"));
        once.getElement().setAttribute("role", "note");
        Paragraph use = new Paragraph(getTranslation("admin.apiclients.key.use"));
        dialog.add(once, value, use);
        Button done = new Button(getTranslation("admin.apiclients.key.done"), e -> dialog.close());
        done.setId("apiclient-key-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
        value.focus();
    }
}
