package id.dinsos.portal.letter.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import id.dinsos.portal.letter.LetterInfo;
import id.dinsos.portal.letter.LetterService;
import id.dinsos.portal.letter.LetterStatus;
import id.dinsos.portal.letter.LetterTemplate;
import id.dinsos.portal.letter.LetterTemplates;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

import jakarta.annotation.security.RolesAllowed;

/**
 * The back office's letters ({@code /surat}): draft a letter for an approved application, the drafts
 * waiting for the person's paraf or signature (preview, initial, return with a comment, sign one or the
 * selected ones), and the letters they signed (revoke with a reason). Every action is
 * {@link LetterService}'s to allow or refuse; this page shows what it answers.
 */
@Route(value = "surat", layout = PublicLayout.class)
@RolesAllowed({"VERIFIER", "TEAM_LEAD", "HEAD_OF_DIVISION", "SECRETARY", "HEAD_OF_OFFICE"})
public class LettersView extends PublicPage {

    private final LetterService letters;
    private final LetterTemplates templates;
    private final Paragraph message = new Paragraph();
    private final Grid<LetterInfo> waiting = new Grid<>(LetterInfo.class, false);
    private final Grid<LetterInfo> signed = new Grid<>(LetterInfo.class, false);

    public LettersView(LetterService letters, LetterTemplates templates) {
        this.letters = letters;
        this.templates = templates;
        addClassName("letters");
        message.setId("letters-message");
        message.getElement().setAttribute("role", "status");
        waiting.setId("letters-waiting");
        signed.setId("letters-signed");
    }

    @Override
    protected String title() {
        return getTranslation("letter.staff.title");
    }

    @Override
    protected void render(Locale locale) {
        // What waits for the person first: most who open this page come to initial or sign.
        add(new H1(getTranslation("letter.staff.title")), message, waitingSection(), signedSection(), prepareSection());
        refresh();
    }

    private Section prepareSection() {
        IntegerField application = new IntegerField(getTranslation("letter.staff.application"));
        application.setId("letters-application");
        application.setMin(1);
        application.setWidthFull();
        ComboBox<LetterTemplate> type = new ComboBox<>(getTranslation("letter.staff.type"));
        type.setId("letters-type");
        type.setItems(templates.all().values().stream().sorted(Comparator.comparing(LetterTemplate::title)).toList());
        type.setItemLabelGenerator(t -> t.title() + " (" + t.code() + ")");
        type.setWidthFull();
        Button prepare = new Button(getTranslation("letter.staff.prepare"), e -> {
            if (application.getValue() == null || type.getValue() == null) {
                say(getTranslation("letter.staff.prepare.incomplete"), true);
                return;
            }
            act(() -> letters.prepare(application.getValue(), type.getValue().code()), "letter.staff.prepared");
        });
        prepare.setId("letters-prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(application, type, prepare);
        form.addClassName("form-column");
        return section("letter.staff.section.prepare", form);
    }

    private Section waitingSection() {
        waiting.setSelectionMode(Grid.SelectionMode.MULTI);
        columns(waiting);
        waiting.addComponentColumn(this::waitingActions).setHeader(getTranslation("letter.staff.actions")).setAutoWidth(true);
        waiting.setEmptyStateText(getTranslation("letter.staff.none-waiting"));
        waiting.setAllRowsVisible(true);
        Button batch = new Button(getTranslation("letter.staff.sign-selected"), e -> signSelected());
        batch.setId("letters-sign-selected");
        return section("letter.staff.section.waiting", waiting, batch);
    }

    private Section signedSection() {
        columns(signed);
        signed.addComponentColumn(l -> {
            if (l.status() != LetterStatus.VALID) {
                return new Div();
            }
            Button revoke = new Button(getTranslation("letter.staff.revoke"), e -> askReason("letter.staff.revoke",
                    reason -> letters.revoke(l.id(), reason), "letter.staff.revoked"));
            revoke.setId("letter-revoke-" + l.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setHeader(getTranslation("letter.staff.actions")).setAutoWidth(true);
        signed.setEmptyStateText(getTranslation("letter.staff.none-signed"));
        signed.setAllRowsVisible(true);
        return section("letter.staff.section.signed", signed);
    }

    private void columns(Grid<LetterInfo> grid) {
        grid.addColumn(LetterInfo::id).setHeader(getTranslation("letter.staff.id")).setAutoWidth(true);
        grid.addColumn(LetterInfo::title).setHeader(getTranslation("letter.staff.type")).setFlexGrow(2);
        grid.addColumn(l -> l.applicationId() == null ? "–" : String.valueOf(l.applicationId()))
                .setHeader(getTranslation("letter.staff.application")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("letter.status." + l.status().name())
                        + (l.nextRole() == null ? "" : " · " + getTranslation("staff.role." + l.nextRole().name())))
                .setHeader(getTranslation("letter.staff.status")).setAutoWidth(true);
        grid.addColumn(l -> l.number() == null ? "–" : l.number()).setHeader(getTranslation("letter.staff.number"))
                .setAutoWidth(true);
    }

    private HorizontalLayout waitingActions(LetterInfo letter) {
        Anchor preview = new Anchor((DownloadHandler) event -> {
            event.setFileName("draf-" + letter.id() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(letters.preview(letter.id()));
        }, getTranslation("letter.staff.preview"));
        preview.setTarget("_blank");
        HorizontalLayout actions = new HorizontalLayout(preview);
        actions.setSpacing(true);
        actions.setWrap(true);
        if (letter.status() == LetterStatus.DRAFT) {
            Button initial = new Button(getTranslation("letter.staff.initial"),
                    e -> act(() -> letters.initial(letter.id(), null), "letter.staff.initialled"));
            initial.setId("letter-initial-" + letter.id());
            initial.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(initial);
        } else {
            Button sign = new Button(getTranslation("letter.staff.sign"),
                    e -> act(() -> letters.sign(letter.id()), "letter.staff.signed"));
            sign.setId("letter-sign-" + letter.id());
            sign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(sign);
        }
        Button back = new Button(getTranslation("letter.staff.return"), e -> askReason("letter.staff.return",
                comment -> letters.returnDraft(letter.id(), comment), "letter.staff.returned"));
        back.setId("letter-return-" + letter.id());
        back.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(back);
        return actions;
    }

    private void signSelected() {
        Set<LetterInfo> selected = waiting.getSelectedItems();
        List<Long> ready = selected.stream().filter(l -> l.status() == LetterStatus.READY).map(LetterInfo::id).toList();
        if (ready.isEmpty()) {
            say(getTranslation("letter.staff.none-selected"), true);
            return;
        }
        List<LetterService.BatchResult> results = new ArrayList<>();
        try {
            results.addAll(letters.signBatch(ready));
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        long done = results.stream().filter(r -> r.signed() != null).count();
        say(getTranslation("letter.staff.batch-done", done, results.size()), done < results.size());
        refresh();
    }

    private void askReason(String titleKey, java.util.function.Consumer<String> action, String doneKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        TextArea reason = new TextArea(getTranslation("letter.staff.reason"));
        reason.setId("letters-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button ok = new Button(getTranslation(titleKey), e -> {
            act(() -> action.accept(reason.getValue()), doneKey);
            dialog.close();
        });
        ok.setId("letters-reason-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("letter.staff.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            say(getTranslation(doneKey), false);
        } catch (RuntimeException e) {
            failed(e);
        }
        refresh();
    }

    private void failed(RuntimeException e) {
        String key = LetterProblems.messageKey(e);
        say(getTranslation(key), true);
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.setClassName("field-error", problem);
    }

    private void refresh() {
        waiting.setItems(letters.awaitingMe());
        signed.setItems(letters.signedByMe());
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section();
        section.addClassName("form-section");
        section.add(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }
}
