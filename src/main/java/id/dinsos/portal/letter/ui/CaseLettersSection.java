package id.dinsos.portal.letter.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import id.dinsos.portal.letter.LetterInfo;
import id.dinsos.portal.letter.LetterService;
import id.dinsos.portal.letter.LetterStatus;
import id.dinsos.portal.letter.LetterTemplate;

/**
 * The letters of one application on the back office's case screen: each with its state (whose paraf is
 * due, its number once signed), and for an approved application the draft of a letter of the types its
 * service issues, so that the clerk who approved it need not look up the application's id elsewhere.
 * The paraf, signature and revocation happen on {@code /surat}, where each person finds what waits for
 * them; {@link LetterService} decides every step.
 */
public class CaseLettersSection extends Section {

    private final LetterService letters;
    private final long applicationId;
    private final Paragraph message = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Div draft = new Div();

    public CaseLettersSection(LetterService letters, long applicationId) {
        this.letters = letters;
        this.applicationId = applicationId;
        setId("case-letters-section");
        addClassName("form-section");
        message.setId("case-letter-message");
        message.getElement().setAttribute("role", "status");
        list.setId("case-letters");
        draft.addClassName("form-column");
        add(new H2(getTranslation("letter.case.title")), message, list, draft,
                new RouterLink(getTranslation("letter.case.open-letters"), LettersView.class));
        refresh();
    }

    private void refresh() {
        LetterService.CaseLetters caseLetters = letters.forCase(applicationId);
        List<LetterInfo> all = caseLetters.letters();
        list.removeAll();
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("letter.case.none")));
        }
        for (LetterInfo letter : all) {
            StringBuilder text = new StringBuilder(letter.title()).append(" · ")
                    .append(getTranslation("letter.status." + letter.status().name()));
            if (letter.nextRole() != null && letter.status() == LetterStatus.DRAFT) {
                text.append(" · ").append(getTranslation("letter.case.next", getTranslation("staff.role." + letter.nextRole().name())));
            }
            if (letter.number() != null) {
                text.append(" · ").append(letter.number());
            }
            ListItem item = new ListItem(text.toString());
            item.getElement().setAttribute("data-letter", String.valueOf(letter.id()));
            list.add(item);
        }
        draft.removeAll();
        // What LetterService would draft now: while approved, the types not drafted yet; later only the
        // replacement of a revoked letter.
        List<LetterTemplate> open = caseLetters.draftable();
        if (open.isEmpty()) {
            return;
        }
        ComboBox<LetterTemplate> type = new ComboBox<>(getTranslation("letter.staff.type"));
        type.setId("case-letter-type");
        type.setItems(open);
        type.setItemLabelGenerator(LetterTemplate::title);
        type.setWidthFull();
        if (open.size() == 1) {
            type.setValue(open.getFirst());
        }
        Button prepare = new Button(getTranslation("letter.staff.prepare"), e -> {
            if (type.getValue() == null) {
                say(getTranslation("letter.case.choose-type"), true);
                return;
            }
            try {
                letters.prepare(applicationId, type.getValue().code());
                say(getTranslation("letter.staff.prepared"), false);
            } catch (RuntimeException ex) {
                say(getTranslation(LetterProblems.messageKey(ex)), true);
            }
            refresh();
        });
        prepare.setId("case-letter-prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.add(type, prepare);
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.setClassName("field-error", problem);
    }
}
