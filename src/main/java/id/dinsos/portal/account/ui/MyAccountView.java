package id.dinsos.portal.account.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import id.dinsos.portal.account.AccountService;
import id.dinsos.portal.account.ConsentPurpose;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.identity.PhoneNumber;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's own page: their data, a download of everything kept about them, corrections,
 * optional consents, signing out everywhere and closing the account (UU 27/2022).
 */
@Route(value = "akun", layout = PublicLayout.class)
@PermitAll
public class MyAccountView extends PublicPage {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final transient AuthenticationContext authentication;
    private final AccountService accounts;
    private final Regions regions;

    public MyAccountView(AuthenticationContext authentication, AccountService accounts, Regions regions) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.regions = regions;
    }

    @Override
    protected String title() {
        return getTranslation("account.title");
    }

    @Override
    protected void render(Locale locale) {
        AccountService.MyAccount me = accounts.mine();
        Paragraph greeting = new Paragraph(getTranslation("account.greeting", me.fullName()));
        greeting.setId("account-greeting");
        add(new H1(getTranslation("account.title")), greeting);
        if (authentication.hasRole("ADMIN")) {
            // A link, not access control: the administration pages check the role themselves.
            Anchor admin = new Anchor("admin/staf", getTranslation("account.admin"));
            admin.setId("account-admin");
            add(new Paragraph(admin));
        }

        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("account.email", me.email())),
                new ListItem(getTranslation("account.nik", me.nikMasked() == null ? "-" : me.nikMasked())),
                new ListItem(getTranslation("account.address", address(me))));
        add(section("account.section.data", facts));

        TextField name = new TextField(getTranslation("register.name"));
        name.setId("acc-name");
        name.setValue(me.fullName());
        TextField phone = new TextField(getTranslation("register.phone"));
        phone.setId("acc-phone");
        phone.setValue(me.phone() == null ? "" : new PhoneNumber(me.phone()).local());
        TextField addressLine = new TextField(getTranslation("register.address"));
        addressLine.setId("acc-address");
        addressLine.setValue(me.addressLine() == null ? "" : me.addressLine());
        addressLine.setVisible(me.regionCode() != null);
        TextArea addressOutside = new TextArea(getTranslation("register.address.outside"));
        addressOutside.setId("acc-address-outside");
        addressOutside.setValue(me.addressOutside() == null ? "" : me.addressOutside());
        addressOutside.setVisible(me.regionCode() == null);
        Button save = new Button(getTranslation("account.correct.save"), e -> {
            name.setInvalid(false);
            phone.setInvalid(false);
            addressLine.setInvalid(false);
            addressOutside.setInvalid(false);
            try {
                accounts.correct(name.getValue(), phone.getValue(), me.regionCode(), addressLine.getValue(),
                        addressOutside.getValue());
                Notification.show(getTranslation("account.correct.saved"));
            } catch (FormRejectedException rejected) {
                for (FieldProblem p : rejected.problems()) {
                    var field = switch (p.field()) {
                        case "fullName" -> name;
                        case "phone" -> phone;
                        case "addressLine" -> addressLine;
                        default -> null;
                    };
                    if (field != null) {
                        field.setErrorMessage(getTranslation(p.messageKey(), p.args()));
                        field.setInvalid(true);
                    } else {
                        addressOutside.setErrorMessage(getTranslation(p.messageKey(), p.args()));
                        addressOutside.setInvalid(true);
                    }
                }
            }
        });
        save.setId("acc-save");
        Div correctForm = new Div(new Paragraph(getTranslation("account.correct.intro")), name, phone, addressLine,
                addressOutside, save);
        correctForm.addClassName("form-column");
        add(section("account.section.correct", correctForm));

        Checkbox survey = new Checkbox(getTranslation("consent.SURVEY_CONTACT"),
                me.consents().contains(ConsentPurpose.SURVEY_CONTACT));
        survey.setId("acc-consent-survey");
        survey.addValueChangeListener(e -> {
            accounts.setConsent(ConsentPurpose.SURVEY_CONTACT, e.getValue());
            Notification.show(getTranslation("account.consent.saved"));
        });
        add(section("account.section.consent", survey));

        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName("data-saya.json");
            event.setContentType("application/json");
            event.getOutputStream().write(JSON.writeValueAsString(accounts.export()).getBytes(StandardCharsets.UTF_8));
        }, getTranslation("account.download"));
        download.setId("acc-download");
        download.getElement().setAttribute("download", true);
        add(section("account.section.download", new Paragraph(getTranslation("account.download.intro")), download));

        Button logout = new Button(getTranslation("account.logout"), e -> authentication.logout());
        logout.setId("logout");
        Button everywhere = new Button(getTranslation("account.logout.everywhere"), e -> {
            accounts.signOutEverywhere();
            authentication.logout();
        });
        everywhere.setId("logout-everywhere");
        Button close = new Button(getTranslation("account.close"), e -> confirmClose());
        close.setId("close-account");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(logout, everywhere, close);
        actions.addClassName("page-links");
        add(section("account.section.session", new Paragraph(getTranslation("account.close.intro")), actions));
    }

    private void confirmClose() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.close.confirm.title"));
        dialog.add(new Paragraph(getTranslation("account.close.confirm.text")));
        Button yes = new Button(getTranslation("account.close.confirm.yes"), e -> {
            accounts.close();
            dialog.close();
            authentication.logout();
        });
        yes.setId("close-account-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("account.close.confirm.no"), e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section();
        section.addClassName("form-section");
        section.add(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    private String address(AccountService.MyAccount me) {
        if (me.regionCode() == null) {
            return me.addressOutside() == null ? "-" : me.addressOutside();
        }
        String village = regions.region(me.regionCode()).map(Regions.Region::name).orElse(me.regionCode());
        String district = regions.districtOf(me.regionCode()).map(Regions.Region::name).orElse("");
        return me.addressLine() + ", " + village + ", " + district;
    }
}
