package id.dinsos.portal.shared.i18n;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's translations come from the same Spring message bundle as everything else
 * ({@code i18n/messages*.properties}): Indonesian is the base bundle, English the translation.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(PortalI18nProvider.class);

    private final MessageSource messages;

    PortalI18nProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Languages.supported(locale));
        } catch (NoSuchMessageException e) {
            // A missing key is a bug the bundle test catches; show the key rather than fail the page.
            log.warn("Missing translation key {}", key);
            return "!" + key + "!";
        }
    }
}
