package id.dinsos.portal.shared.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;


import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.ui.LoginView;
import id.dinsos.portal.account.ui.MyAccountView;
import id.dinsos.portal.account.ui.RegistrationView;
import id.dinsos.portal.catalogue.ui.HomeView;
import id.dinsos.portal.catalogue.ui.MaklumatView;
import id.dinsos.portal.catalogue.ui.ServiceListView;
import id.dinsos.portal.intake.ui.MyApplicationsView;
import id.dinsos.portal.intake.ui.TrackView;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.organisation.ui.OrganisationsView;
import id.dinsos.portal.shared.PortalProperties;
import id.dinsos.portal.shared.i18n.Languages;

import jakarta.servlet.http.Cookie;

/**
 * The frame of every public page: a skip link, the office's header with navigation and the language
 * switch, a demo notice where this is a demo, the page, and a footer with contacts and office hours.
 * Built for a 360-px phone first; landmarks (header, nav, main, footer) for screen readers.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, LocaleChangeObserver, BeforeEnterObserver {

    private final OfficeService office;
    private final PortalProperties portal;
    private final CurrentUser currentUser;
    private final Anchor skipLink = new Anchor("#main", "");
    private final Header header = new Header();
    private final Div demoNotice = new Div();
    private final Main main = new Main();
    private final Footer footer = new Footer();
    private final Button languageSwitch = new Button();

    public PublicLayout(OfficeService office, PortalProperties portal, CurrentUser currentUser) {
        this.office = office;
        this.portal = portal;
        this.currentUser = currentUser;
        addClassName("portal");
        skipLink.addClassName("skip-link");
        skipLink.getElement().setAttribute("router-ignore", true);
        main.setId("main");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");
        header.addClassName("portal-header");
        footer.addClassName("portal-footer");
        demoNotice.addClassName("demo-notice");
        demoNotice.setVisible(portal.demo());
        languageSwitch.addClassName("language-switch");
        languageSwitch.setId("language-switch");
        languageSwitch.addClickListener(e -> switchLanguage());
        add(skipLink, header, demoNotice, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> lang = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(Languages.PARAMETER, List.of());
        if (!lang.isEmpty() && Languages.isSupportedTag(lang.getFirst())) {
            choose(Languages.fromTag(lang.getFirst()));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(event.getLocale());
    }

    private void switchLanguage() {
        Locale next = Languages.ENGLISH.equals(Languages.supported(getLocale())) ? Languages.INDONESIAN
                : Languages.ENGLISH;
        choose(next);
        // Screen readers announce the new language of the page; focus stays on the switch.
        languageSwitch.focus();
    }

    /** Applies a language to this tab and remembers it for the person's next visit. */
    private void choose(Locale locale) {
        Cookie cookie = new Cookie(Languages.COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    private void render(Locale locale) {
        UI.getCurrent().getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        OfficeProfile profile = office.profile();
        skipLink.setText(getTranslation("layout.skip"));

        header.removeAll();
        Image logo = new Image(profile.logo(), getTranslation("layout.logo.alt", profile.government().in(locale)));
        logo.addClassName("portal-logo");
        RouterLink brand = new RouterLink(HomeView.class);
        brand.addClassName("portal-brand");
        Span government = new Span(profile.government().in(locale));
        government.addClassName("portal-government");
        Span officeName = new Span(profile.name().in(locale));
        officeName.addClassName("portal-office");
        Div brandText = new Div(government, officeName);
        brandText.addClassName("portal-brand-text");
        brand.add(logo, brandText);

        Nav nav = new Nav();
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav.label"));
        nav.add(new RouterLink(getTranslation("nav.home"), HomeView.class),
                new RouterLink(getTranslation("nav.services"), ServiceListView.class),
                new RouterLink(getTranslation("nav.maklumat"), MaklumatView.class),
                new RouterLink(getTranslation("nav.track"), TrackView.class));
        // The sign-in link, or the person's own page once signed in (a link, not access control:
        // the pages behind it check for themselves).
        if (currentUser.hasRole("CITIZEN")) {
            nav.add(new RouterLink(getTranslation("nav.applications"), MyApplicationsView.class));
        }
        if (currentUser.hasRole("FRONT_OFFICE") || currentUser.hasRole("SOCIAL_WORKER")) {
            nav.add(new RouterLink(getTranslation("nav.counter"), id.dinsos.portal.intake.ui.CounterView.class));
        }
        if (java.util.stream.Stream.of("FRONT_OFFICE", "VERIFIER", "TEAM_LEAD", "HEAD_OF_DIVISION", "SECRETARY",
                "HEAD_OF_OFFICE").anyMatch(currentUser::hasRole)) {
            RouterLink inbox = new RouterLink(getTranslation("nav.inbox"), id.dinsos.portal.casework.ui.InboxView.class);
            // Not highlighted on the dashboard (kasus/dasbor) or a case (kasus/{id}), which share its prefix.
            inbox.setHighlightCondition(com.vaadin.flow.router.HighlightConditions.sameLocation());
            nav.add(inbox);
        }
        if (java.util.stream.Stream.of("TEAM_LEAD", "HEAD_OF_DIVISION", "SECRETARY", "HEAD_OF_OFFICE")
                .anyMatch(currentUser::hasRole)) {
            nav.add(new RouterLink(getTranslation("nav.dashboard"), id.dinsos.portal.casework.ui.DashboardView.class));
        }
        if (java.util.stream.Stream.of("VERIFIER", "TEAM_LEAD", "HEAD_OF_DIVISION", "SECRETARY", "HEAD_OF_OFFICE")
                .anyMatch(currentUser::hasRole)) {
            nav.add(new RouterLink(getTranslation("nav.letters"), id.dinsos.portal.letter.ui.LettersView.class));
        }
        if (signedIn()) {
            nav.add(new RouterLink(getTranslation("nav.account"), MyAccountView.class),
                    new RouterLink(getTranslation("nav.organisations"), OrganisationsView.class));
        } else {
            nav.add(new RouterLink(getTranslation("nav.login"), LoginView.class),
                    new RouterLink(getTranslation("nav.register"), RegistrationView.class));
        }
        nav.getChildren().forEach(c -> c.getElement().setAttribute("highlight-condition", "same-location"));

        // The switch names the other language in that language, and says so to screen readers.
        languageSwitch.setText(getTranslation("language.switch"));
        languageSwitch.getElement().setAttribute("lang", getTranslation("language.switch.lang"));
        languageSwitch.getElement().setAttribute("aria-label", getTranslation("language.switch.label"));
        header.add(brand, nav, languageSwitch);

        if (signedIn()) {
            warnBeforeTheSessionExpires();
        }
        demoNotice.setText(getTranslation("layout.demo"));
        demoNotice.getElement().setAttribute("role", "note");

        footer.removeAll();
        footer.add(footerColumn(getTranslation("footer.contact"), contactLines(profile, locale)),
                footerColumn(getTranslation("footer.hours"), List.of(hoursLine(profile),
                        getTranslation("footer.hours.note"))),
                footerColumn(getTranslation("footer.about"), List.of(
                        getTranslation("footer.about.text", profile.fullName().in(locale)),
                        getTranslation("footer.api"))));
    }

    /**
     * Two minutes before an idle session would expire, a notice (role=alert, so screen readers say it)
     * offers to stay signed in; its button calls the server, which keeps the session alive.
     */
    private void warnBeforeTheSessionExpires() {
        int timeout = VaadinSession.getCurrent().getSession().getMaxInactiveInterval();
        if (timeout <= 180) {
            return;
        }
        getElement().executeJs("""
                const host = this; const warnAfter = ($0 - 120) * 1000;
                if (window.portalSessionTimer) { clearTimeout(window.portalSessionTimer); }
                const arm = () => {
                  clearTimeout(window.portalSessionTimer);
                  window.portalSessionTimer = setTimeout(() => {
                    let box = document.getElementById('session-warning');
                    if (!box) {
                      box = document.createElement('div'); box.id = 'session-warning'; box.className = 'session-warning';
                      box.setAttribute('role', 'alert');
                      const text = document.createElement('p'); text.textContent = $1;
                      const button = document.createElement('button'); button.textContent = $2;
                      button.addEventListener('click', () => { host.$server.keepAlive(); box.remove(); arm(); });
                      box.append(text, button); document.body.append(box); button.focus();
                    }
                  }, warnAfter);
                };
                arm();
                ['keydown', 'pointerdown'].forEach(t => document.addEventListener(t, arm, { passive: true }));
                """, timeout, getTranslation("session.warning.text"), getTranslation("session.warning.stay"));
    }

    /** Called by the session warning's button: the round trip itself keeps the session alive. */
    @ClientCallable
    void keepAlive() {
        // Nothing to do: reaching the server resets the session's idle time.
    }

    private boolean signedIn() {
        return currentUser.signedIn();
    }

    private String hoursLine(OfficeProfile profile) {
        return getTranslation("footer.hours.value", profile.hours().open().toString(),
                profile.hours().close().toString(), getTranslation("zone." + profile.hours().zone().getId()));
    }

    private List<String> contactLines(OfficeProfile profile, Locale locale) {
        List<String> lines = new java.util.ArrayList<>(profile.address());
        if (!profile.phone().isEmpty()) {
            lines.add(getTranslation("footer.phone", String.join(", ", profile.phone())));
        }
        lines.add(getTranslation("footer.email", profile.email()));
        lines.add(profile.website());
        return lines;
    }

    private Component footerColumn(String title, List<String> lines) {
        Div column = new Div();
        column.addClassName("portal-footer-column");
        H2 heading = new H2(title);
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        column.add(heading, list);
        return column;
    }
}
