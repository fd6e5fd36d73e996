package id.dinsos.portal.notification.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.notification.DemoMailSink;
import id.dinsos.portal.notification.DemoMailSink.ReceivedMail;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.PortalProperties;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * DEMO ONLY: the mails the demo's embedded mail sink received, newest first, with their links
 * clickable, so that a newcomer can confirm a registration without a mail server. Everywhere else
 * (another profile, or a real MAIL_HOST) the page does not exist.
 */
@Route(value = "demo/surat", layout = PublicLayout.class)
@AnonymousAllowed
public class DemoMailboxView extends PublicPage implements BeforeEnterObserver {

    /** Only web links become clickable: a mail's text must not be able to place a script link here. */
    static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");
    private static final int SHOWN = 50;

    private final PortalProperties portal;
    private final ObjectProvider<DemoMailSink> sink;
    private final OfficeService office;

    public DemoMailboxView(PortalProperties portal, ObjectProvider<DemoMailSink> sink, OfficeService office) {
        this.portal = portal;
        this.sink = sink;
        this.office = office;
        addClassName("demo-mailbox");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!portal.demo() || sink.getIfAvailable() == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String title() {
        return getTranslation("demo.mail.title");
    }

    @Override
    protected void render(Locale locale) {
        DemoMailSink mailSink = sink.getIfAvailable();
        if (mailSink == null) {
            return;
        }
        List<ReceivedMail> mails = mailSink.received();
        Paragraph notice = new Paragraph(getTranslation("demo.mail.notice"));
        notice.addClassName("demo-notice");
        notice.getElement().setAttribute("role", "note");
        Button refresh = new Button(getTranslation("demo.mail.refresh"), e -> {
            removeAll();
            render(locale);
        });
        refresh.setId("demo-mail-refresh");
        Paragraph count = new Paragraph(mails.isEmpty() ? getTranslation("demo.mail.none")
                : getTranslation("demo.mail.count", mails.size()));
        count.setId("demo-mail-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("demo.mail.title")), notice, count, refresh);

        ZoneId zone = office.profile().hours().zone();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", locale).withZone(zone);
        mails.stream().limit(SHOWN).forEach(mail -> add(article(mail, time)));
    }

    private Article article(ReceivedMail mail, DateTimeFormatter time) {
        Article article = new Article();
        article.addClassName("demo-mail");
        article.add(new H2(mail.subject()));
        article.add(new Paragraph(getTranslation("demo.mail.to", mail.to())));
        if (mail.sentAt() != null) {
            article.add(new Paragraph(getTranslation("demo.mail.time", time.format(mail.sentAt()))));
        }
        Pre body = new Pre();
        // Wraps long lines and links on a phone instead of scrolling the page sideways.
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("font-family", "inherit");
        Matcher links = LINK.matcher(mail.body());
        int at = 0;
        while (links.find()) {
            body.add(new Text(mail.body().substring(at, links.start())));
            Anchor anchor = new Anchor(links.group(), links.group());
            // Underlined: inside running text a link must not be told apart by its colour alone.
            anchor.getStyle().set("text-decoration", "underline");
            body.add(anchor);
            at = links.end();
        }
        body.add(new Text(mail.body().substring(at)));
        article.add(body);
        return article;
    }
}
