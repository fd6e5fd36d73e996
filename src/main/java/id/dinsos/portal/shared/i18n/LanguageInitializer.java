package id.dinsos.portal.shared.i18n;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.springframework.context.MessageSource;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.Cookie;

/**
 * Indonesian is the default whatever the browser prefers (the office serves Indonesian first);
 * a person's own choice, kept in a cookie or given as {@code ?lang=}, wins. Also writes the
 * {@code <html lang>} of the first page so that screen readers pronounce it right from the start.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private final MessageSource messageSource;

    LanguageInitializer(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(chosen(VaadinRequest.getCurrent())));
        // Vaadin's own messages (session expired, connection lost) in the person's language.
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = Languages.supported(info.getLocale());
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(messageSource.getMessage("session.expired.title", null, locale));
            messages.setSessionExpiredMessage(messageSource.getMessage("session.expired.text", null, locale));
            messages.setSessionExpiredNotificationEnabled(true);
            messages.setInternalErrorCaption(messageSource.getMessage("error.internal.title", null, locale));
            messages.setInternalErrorMessage(messageSource.getMessage("error.internal.text", null, locale));
            return messages;
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", chosen(response.getVaadinRequest()).getLanguage()));
    }

    static Locale chosen(@Nullable VaadinRequest request) {
        if (request == null) {
            return Languages.INDONESIAN;
        }
        String parameter = request.getParameter(Languages.PARAMETER);
        if (Languages.isSupportedTag(parameter)) {
            return Languages.fromTag(parameter);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            return Arrays.stream(cookies)
                    .filter(c -> Languages.COOKIE.equals(c.getName()))
                    .map(c -> Languages.fromTag(c.getValue()))
                    .findFirst()
                    .orElse(Languages.INDONESIAN);
        }
        return Languages.INDONESIAN;
    }
}
