package id.dinsos.portal.letter.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.letter.LetterInfo;
import id.dinsos.portal.letter.LetterService;
import id.dinsos.portal.letter.LetterStatus;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

import jakarta.annotation.security.RolesAllowed;

/**
 * The signed-in citizen's letters ({@code /surat-saya}): every letter issued for their applications, with
 * its number, date and status, the PDF to download and the public verification page to share.
 */
@Route(value = "surat-saya", layout = PublicLayout.class)
@RolesAllowed("CITIZEN")
public class MyLettersView extends PublicPage {

    private final LetterService letters;

    public MyLettersView(LetterService letters) {
        this.letters = letters;
    }

    @Override
    protected String title() {
        return getTranslation("letter.mine.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("letter.mine.title")));
        List<LetterInfo> mine = letters.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("letter.mine.none"));
            none.setId("my-letters-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("my-letters");
        list.addClassName("card-list");
        for (LetterInfo letter : mine) {
            H2 heading = new H2(letter.title());
            Span number = new Span(getTranslation("letter.mine.number", letter.number(),
                    letter.issuedOn() == null ? "–"
                            : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(letter.issuedOn())));
            Span status = new Span(getTranslation("letter.status." + letter.status().name()));
            status.addClassName(letter.status() == LetterStatus.VALID ? "status-ok" : "field-error");
            Anchor download = new Anchor(letter.downloadPath(), getTranslation("letter.mine.download"));
            download.getElement().setAttribute("download", true);
            Anchor verify = new Anchor(letter.verificationPath(), getTranslation("letter.mine.verify"));
            Div links = new Div(download, verify);
            links.addClassName("page-links");
            ListItem item = new ListItem(heading, new Paragraph(number), new Paragraph(status), links);
            item.addClassName("card");
            list.add(item);
        }
        add(list);
    }
}
