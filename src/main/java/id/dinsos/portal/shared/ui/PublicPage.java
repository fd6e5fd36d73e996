package id.dinsos.portal.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A public page that renders itself in the person's language, and again when the language changes
 * (the switch works in place, so nothing a person typed is lost).
 */
public abstract class PublicPage extends Div implements LocaleChangeObserver, HasDynamicTitle {

    protected PublicPage() {
        addClassName("page");
    }

    /** Builds the page's content for a language. */
    protected abstract void render(Locale locale);

    /** The page's own title, before the portal's name. */
    protected abstract String title();

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        render(event.getLocale());
        // On navigation the router titles the page (getPageTitle); a language switch must do it here.
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return title() + " · " + getTranslation("app.name");
    }
}
