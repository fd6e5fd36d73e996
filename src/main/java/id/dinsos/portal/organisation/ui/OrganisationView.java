package id.dinsos.portal.organisation.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.organisation.MemberSummary;
import id.dinsos.portal.organisation.OrganisationDocumentService;
import id.dinsos.portal.organisation.OrganisationDetails;
import id.dinsos.portal.organisation.OrganisationProfile;
import id.dinsos.portal.organisation.OrganisationRole;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.organisation.PendingInvitation;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.UploadPolicy;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.PermitAll;

/**
 * One organisation, for its members: the profile, the members with their roles and the document
 * library ({@link OrganisationDocumentsSection}). Administrators also edit the profile, invite by e-mail,
 * revoke invitations, change roles and remove members; every member may leave, and add documents.
 * What a person may do is decided by the service; the buttons only follow it.
 */
@Route(value = "organisasi/:id", layout = PublicLayout.class)
@PermitAll
public class OrganisationView extends PublicPage implements BeforeEnterObserver {

    static final String ID = "id";
    private static final String PROFILE = "profile";
    private static final String MEMBERS = "members";
    private static final String INVITE = "invite";

    private final OrganisationService organisations;
    private final OfficeService office;
    private final OrganisationDocumentService documentService;
    private final FileStore fileStore;
    private final UploadPolicy uploadPolicy;
    /** The document library of the organisation shown; kept between renderings (what is typed stays). */
    private @Nullable OrganisationDocumentsSection documents;
    private final OrganisationForm form = new OrganisationForm("org-edit");
    private final EmailField inviteEmail = new EmailField();
    /** The status line of the current rendering (a new one each time, see {@link #refresh()}). */
    private Paragraph status = new Paragraph();
    /** What the status line is to say after the next rendering, if anything. */
    private @Nullable String pendingStatus;
    private long organisationId;
    private @Nullable OrganisationDetails details;
    private boolean editing;
    /** The section whose action the status line reports on: it is shown there, where the person looks. */
    private String statusSection = PROFILE;
    /** The member whose removal waits for a second click ("are you sure?"), if any. */
    private @Nullable Long confirmingRemoval;

    public OrganisationView(OrganisationService organisations, OfficeService office,
                            OrganisationDocumentService documentService, FileStore fileStore, UploadPolicy uploadPolicy) {
        this.organisations = organisations;
        this.office = office;
        this.documentService = documentService;
        this.fileStore = fileStore;
        this.uploadPolicy = uploadPolicy;
        addClassName("organisation");
        inviteEmail.setId("org-invite-email");
        inviteEmail.setMaxLength(254);
        inviteEmail.getStyle().set("width", "100%").set("max-width", "36rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        try {
            organisationId = Long.parseLong(id);
            details = organisations.organisation(organisationId);
            documents = new OrganisationDocumentsSection(documentService, fileStore, uploadPolicy, zone(),
                    organisationId);
        } catch (NumberFormatException | RecordNotFoundException notFound) {
            // Someone else's organisation answers exactly like one that does not exist.
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String title() {
        return details == null ? getTranslation("organisation.list.title") : details.profile().name();
    }

    @Override
    protected void render(Locale locale) {
        if (details == null) {
            return;
        }
        OrganisationDetails org = details;
        H1 heading = new H1(org.profile().name());
        Paragraph role = new Paragraph(getTranslation("organisation.you",
                getTranslation("organisation.role." + org.role().name())));
        role.setId("org-your-role");
        RouterLink back = new RouterLink(getTranslation("organisation.back"), OrganisationsView.class);
        add(heading, role, profileSection(org, locale), membersSection(org, locale));
        if (documents != null) {
            add(documents);
        }
        if (org.callerIsAdmin()) {
            add(inviteSection(locale));
        }
        Div links = new Div(back);
        links.addClassName("page-links");
        add(links);
    }

    // ------------------------------------------------------------ profile

    private Section profileSection(OrganisationDetails org, Locale locale) {
        Section section = section(PROFILE, "organisation.profile.title");
        if (editing) {
            form.localize(locale);
            Button save = new Button(getTranslation("organisation.edit.save"), e -> save());
            save.setId("org-edit-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("organisation.edit.cancel"), e -> {
                editing = false;
                refresh();
            });
            cancel.setId("org-edit-cancel");
            Div buttons = new Div(save, cancel);
            buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem")
                    .set("margin-top", "1rem");
            section.add(form, buttons);
            return section;
        }
        OrganisationProfile p = org.profile();
        DescriptionList facts = new DescriptionList();
        facts.setId("org-profile");
        fact(facts, "organisation.field.legalForm", getTranslation("organisation.legalForm." + p.legalForm().name()));
        fact(facts, "organisation.field.aktaNumber", p.aktaNumber());
        fact(facts, "organisation.field.aktaDate", p.aktaDate() == null ? ""
                : p.aktaDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        fact(facts, "organisation.field.sk", p.skKemenkumhamNumber() == null
                ? getTranslation("organisation.profile.none") : p.skKemenkumhamNumber());
        fact(facts, "organisation.field.npwp", p.npwp() == null ? "" : OrganisationForm.formattedNpwp(p.npwp()));
        fact(facts, "organisation.field.address", p.address());
        fact(facts, "organisation.field.head", p.headName());
        section.add(facts);
        if (org.callerIsAdmin()) {
            Button edit = new Button(getTranslation("organisation.edit.start"), e -> {
                form.setValue(org.profile());
                editing = true;
                refresh();
            });
            edit.setId("org-edit");
            section.add(edit);
        }
        return section;
    }

    private void fact(DescriptionList list, String termKey, @Nullable String value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(termKey));
        term.getStyle().set("font-weight", "600").set("margin-top", "0.6rem");
        DescriptionList.Description description = new DescriptionList.Description(value == null ? "" : value);
        description.getStyle().set("margin", "0").set("overflow-wrap", "anywhere");
        list.add(term, description);
    }

    private void save() {
        OrganisationDetails org = details;
        if (org == null) {
            return;
        }
        try {
            details = organisations.update(organisationId, form.value(), org.version());
            editing = false;
            say(PROFILE, "organisation.edit.saved");
            refresh();
        } catch (FormRejectedException rejected) {
            form.showProblems(rejected.problems());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // Show what the other person saved; the form starts again from it.
            reload();
            if (details != null) {
                form.setValue(details.profile());
            }
            say(PROFILE, "organisation.edit.conflict");
            refresh();
        } catch (AccessDeniedException | RecordNotFoundException noLonger) {
            noLongerAllowed();
        }
    }

    // ------------------------------------------------------------ members

    private Section membersSection(OrganisationDetails org, Locale locale) {
        Section section = section(MEMBERS, "organisation.members.title");
        UnorderedList list = new UnorderedList();
        list.setId("org-members");
        list.addClassName("checklist");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        for (MemberSummary member : organisations.members(organisationId)) {
            ListItem item = new ListItem();
            item.addClassName("org-member");
            item.getElement().setAttribute("data-account", String.valueOf(member.accountId()));
            Span name = new Span(member.you() ? getTranslation("organisation.members.you", member.fullName())
                    : member.fullName());
            name.getStyle().set("font-weight", "600");
            Span role = new Span(getTranslation("organisation.members.line",
                    getTranslation("organisation.role." + member.role().name()),
                    dates.format(member.joinedAt().atZone(zone()))));
            role.addClassName("fact");
            item.add(name, role);
            Div actions = memberActions(org, member);
            if (actions.getComponentCount() > 0) {
                item.add(actions);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Div memberActions(OrganisationDetails org, MemberSummary member) {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem");
        long account = member.accountId();
        if (confirmingRemoval != null && confirmingRemoval == account) {
            Paragraph question = new Paragraph(member.you() ? getTranslation("organisation.leave.confirm")
                    : getTranslation("organisation.remove.confirm", member.fullName()));
            Button yes = new Button(member.you() ? getTranslation("organisation.leave.yes")
                    : getTranslation("organisation.remove.yes"), e -> remove(member));
            yes.setId("org-remove-confirm-" + account);
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            Button no = new Button(getTranslation("organisation.remove.no"), e -> {
                confirmingRemoval = null;
                refresh();
            });
            no.setId("org-remove-cancel-" + account);
            actions.add(question, yes, no);
            return actions;
        }
        if (org.callerIsAdmin() && !member.you()) {
            OrganisationRole other = member.role() == OrganisationRole.ADMIN ? OrganisationRole.MEMBER
                    : OrganisationRole.ADMIN;
            Button role = new Button(getTranslation("organisation.role.make." + other.name()),
                    e -> changeRole(member, other));
            role.setId("org-role-" + account);
            role.getElement().setAttribute("aria-label",
                    getTranslation("organisation.role.make." + other.name() + ".label", member.fullName()));
            actions.add(role);
        }
        if (org.callerIsAdmin() || member.you()) {
            Button remove = new Button(member.you() ? getTranslation("organisation.leave")
                    : getTranslation("organisation.remove"), e -> {
                confirmingRemoval = account;
                refresh();
            });
            remove.setId("org-remove-" + account);
            if (!member.you()) {
                remove.getElement().setAttribute("aria-label",
                        getTranslation("organisation.remove.label", member.fullName()));
            }
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        return actions;
    }

    private void remove(MemberSummary member) {
        confirmingRemoval = null;
        try {
            organisations.removeMember(organisationId, member.accountId());
            if (member.you()) {
                getUI().ifPresent(ui -> ui.navigate(OrganisationsView.class));
                return;
            }
            say(MEMBERS, "organisation.remove.done", member.fullName());
        } catch (FormRejectedException rejected) {
            sayProblems(rejected.problems());
        } catch (AccessDeniedException | RecordNotFoundException noLonger) {
            noLongerAllowed();
            return;
        }
        refresh();
    }

    private void changeRole(MemberSummary member, OrganisationRole role) {
        try {
            organisations.changeRole(organisationId, member.accountId(), role);
            say(MEMBERS, "organisation.role.changed", member.fullName(),
                    getTranslation("organisation.role." + role.name()));
        } catch (FormRejectedException rejected) {
            sayProblems(rejected.problems());
        } catch (AccessDeniedException | RecordNotFoundException noLonger) {
            noLongerAllowed();
            return;
        }
        refresh();
    }

    // ------------------------------------------------------------ invitations

    private Section inviteSection(Locale locale) {
        Section section = section(INVITE, "organisation.invite.title");
        inviteEmail.setLabel(getTranslation("organisation.invite.email"));
        inviteEmail.setHelperText(getTranslation("organisation.invite.email.help"));
        Button invite = new Button(getTranslation("organisation.invite.submit"), e -> invite());
        invite.setId("org-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div column = new Div(inviteEmail, invite);
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "0.5rem");
        section.add(new Paragraph(getTranslation("organisation.invite.intro")), column);

        List<PendingInvitation> open = organisations.openInvitations(organisationId);
        if (!open.isEmpty()) {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            UnorderedList list = new UnorderedList();
            list.setId("org-invitations");
            list.addClassName("checklist");
            for (PendingInvitation invitation : open) {
                Span line = new Span(getTranslation("organisation.invite.pending", invitation.email(),
                        dates.format(invitation.expiresAt().atZone(zone()))));
                Button revoke = new Button(getTranslation("organisation.invite.revoke"), e -> revoke(invitation));
                revoke.setId("org-revoke-" + invitation.id());
                revoke.getElement().setAttribute("aria-label",
                        getTranslation("organisation.invite.revoke.label", invitation.email()));
                ListItem item = new ListItem(line, revoke);
                item.getStyle().set("align-items", "flex-start");
                list.add(item);
            }
            section.add(new H3(getTranslation("organisation.invite.pending.title")), list);
        }
        return section;
    }

    private void invite() {
        inviteEmail.setInvalid(false);
        try {
            organisations.invite(organisationId, inviteEmail.getValue(), getLocale());
            say(INVITE, "organisation.invite.sent", inviteEmail.getValue().strip());
            inviteEmail.clear();
            refresh();
        } catch (FormRejectedException rejected) {
            FieldProblem problem = rejected.problems().getFirst();
            inviteEmail.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            inviteEmail.setInvalid(true);
            inviteEmail.focus();
        } catch (AccessDeniedException | RecordNotFoundException noLonger) {
            noLongerAllowed();
        }
    }

    private void revoke(PendingInvitation invitation) {
        try {
            organisations.revokeInvitation(organisationId, invitation.id());
            say(INVITE, "organisation.invite.revoked", invitation.email());
            refresh();
        } catch (AccessDeniedException | RecordNotFoundException noLonger) {
            noLongerAllowed();
        }
    }

    // ------------------------------------------------------------ helpers

    private Section section(String name, String titleKey) {
        Section section = new Section();
        section.addClassName("form-section");
        section.add(new H2(getTranslation(titleKey)));
        if (name.equals(statusSection)) {
            status = new Paragraph();
            status.setId("org-status");
            status.getElement().setAttribute("role", "status");
            section.add(status);
        }
        return section;
    }

    private ZoneId zone() {
        return office.profile().hours().zone();
    }

    private void say(String section, String key, Object... args) {
        statusSection = section;
        pendingStatus = getTranslation(key, args);
    }

    private void sayProblems(List<FieldProblem> problems) {
        problems.stream().findFirst().ifPresent(p -> say(MEMBERS, p.messageKey(), p.args()));
    }

    /** The person was removed or demoted meanwhile: show what they may still see. */
    private void noLongerAllowed() {
        editing = false;
        say(PROFILE, "organisation.error.notAllowed");
        refresh();
    }

    private void reload() {
        try {
            details = organisations.organisation(organisationId);
        } catch (RecordNotFoundException gone) {
            details = null;
        }
    }

    /**
     * Rebuilds the page from fresh data; the form keeps what was typed. What happened is said in the
     * status line of the section where the person acted. The line is a live region, and screen readers
     * announce a change of its text, not a region that arrives with its text: so the line arrives
     * empty and the browser fills it a moment later.
     */
    private void refresh() {
        if (!editing) {
            reload();
        }
        if (details == null) {
            getUI().ifPresent(ui -> ui.navigate(OrganisationsView.class));
            return;
        }
        removeAll();
        render(getLocale());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (pendingStatus != null) {
            status.getElement().executeJs("const line = this; setTimeout(() => { line.textContent = $0; }, 150)",
                    pendingStatus);
            pendingStatus = null;
        }
    }
}
