package id.dinsos.portal.organisation;

import id.dinsos.portal.shared.SingleUseTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.account.AccountDirectory.AccountSummary;
import id.dinsos.portal.account.AccountKind;
import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.notification.MailAddresses;
import id.dinsos.portal.notification.MailOutbox;
import id.dinsos.portal.notification.MailTemplates;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.identity.IdentityValidation;
import id.dinsos.portal.shared.identity.Npwp;


/**
 * Organisations and their members. Every method works for the signed-in person only ({@link CurrentUser})
 * and only on organisations they belong to: for anyone else an organisation does not exist
 * ({@link RecordNotFoundException}, exactly as for an unknown id), so ids reveal nothing. Within an
 * organisation, an administrator edits the profile and manages members and invitations; a member may
 * see them and leave.
 *
 * <p>Changes to members and invitations lock the organisation's row first, so that the rule "at least
 * one administrator" holds when two administrators act at once.
 */
@Service
public class OrganisationService {

    private static final Logger log = LoggerFactory.getLogger(OrganisationService.class);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final int NAME_MAX = 200;
    static final int NUMBER_MAX = 100;
    static final int ADDRESS_MIN = 10;
    static final int ADDRESS_MAX = 500;
    /** What a non-member or an unknown id is told is not found (the same words for both). */
    static final String ORGANISATION = "Organisation";

    private final Organisations organisations;
    private final Memberships memberships;
    private final Invitations invitations;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final MailOutbox outbox;
    private final OfficeService office;
    private final Clock clock;
    private final String baseUrl;

    OrganisationService(Organisations organisations, Memberships memberships, Invitations invitations,
                        AccountDirectory accounts, CurrentUser currentUser, MailOutbox outbox, OfficeService office,
                        Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.office = office;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    // ---------------------------------------------------------------- the organisation

    /**
     * Registers an organisation; the signed-in citizen becomes its first administrator.
     *
     * @return the new organisation's id
     * @throws FormRejectedException with every problem of the profile, field by field
     * @throws AccessDeniedException when nobody is signed in, or the account is not a citizen's
     */
    @Transactional
    public long create(OrganisationProfile form) {
        PortalUser user = currentUser.require();
        if (user.kind() != AccountKind.CITIZEN) {
            throw new AccessDeniedException("Only a citizen account creates an organisation");
        }
        OrganisationProfile profile = checked(form);
        Instant now = clock.instant();
        Organisation organisation = organisations.save(Organisation.create(profile, user.accountId(), now));
        memberships.save(Membership.join(organisation.id(), user.accountId(), OrganisationRole.ADMIN, now));
        log.info("Organisation {} created by account {}", organisation.id(), user.accountId());
        return organisation.id();
    }

    /** The organisations the signed-in person belongs to, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> myOrganisations() {
        PortalUser user = currentUser.require();
        Map<Long, OrganisationRole> roles = memberships.findByAccountId(user.accountId()).stream()
                .collect(Collectors.toMap(Membership::organisationId, Membership::role));
        return organisations.findAllById(roles.keySet()).stream()
                .map(o -> new OrganisationSummary(o.id(), o.name(), o.legalForm(), roles.get(o.id())))
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * One organisation, for a member of it.
     *
     * @throws RecordNotFoundException when it does not exist or the caller is not a member
     */
    @Transactional(readOnly = true)
    public OrganisationDetails organisation(long organisationId) {
        PortalUser user = currentUser.require();
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new RecordNotFoundException(ORGANISATION));
        Membership membership = membershipOf(organisationId, user);
        return details(organisation, membership.role());
    }

    /**
     * The caller's role in an organisation: for other modules that act on an organisation's behalf.
     *
     * @throws RecordNotFoundException when it does not exist or the caller is not a member
     */
    @Transactional(readOnly = true)
    public OrganisationRole roleOf(long organisationId) {
        return membershipOf(organisationId, currentUser.require()).role();
    }

    /**
     * Changes the profile (administrators only).
     *
     * @param expectedVersion the {@link OrganisationDetails#version()} the person started editing from
     * @throws OptimisticLockingFailureException when someone changed the profile meanwhile: reload and edit again
     * @throws FormRejectedException             with every problem of the profile
     * @throws AccessDeniedException             for a member who is not an administrator
     * @throws RecordNotFoundException           for a non-member or an unknown id
     */
    @Transactional
    public OrganisationDetails update(long organisationId, OrganisationProfile form, int expectedVersion) {
        PortalUser user = currentUser.require();
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new RecordNotFoundException(ORGANISATION));
        requireAdmin(membershipOf(organisationId, user));
        if (organisation.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Organisation " + organisationId + " was changed meanwhile");
        }
        organisation.change(checked(form));
        // The version check in the UPDATE itself catches an edit saved between the read and here.
        Organisation saved = organisations.save(organisation);
        log.info("Organisation {} profile changed by account {}", organisationId, user.accountId());
        return details(saved, OrganisationRole.ADMIN);
    }

    // ---------------------------------------------------------------- members

    /**
     * The members of an organisation, administrators first, then by name.
     *
     * @throws RecordNotFoundException for a non-member or an unknown id
     */
    @Transactional(readOnly = true)
    public List<MemberSummary> members(long organisationId) {
        PortalUser user = currentUser.require();
        membershipOf(organisationId, user);
        List<Membership> all = memberships.findByOrganisationId(organisationId);
        Map<Long, AccountSummary> people = accounts.byIds(all.stream().map(Membership::accountId).toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        return all.stream()
                .map(m -> new MemberSummary(m.accountId(), Optional.ofNullable(people.get(m.accountId()))
                        .map(AccountSummary::fullName).orElse("?"), m.role(), m.joinedAt(),
                        m.accountId() == user.accountId()))
                .sorted(Comparator.comparing((MemberSummary m) -> m.role() != OrganisationRole.ADMIN)
                        .thenComparing(MemberSummary::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Removes a member: an administrator removes anyone, a member removes only themselves (leaves).
     * The last administrator can neither be removed nor leave.
     *
     * @throws FormRejectedException   ({@code member}: {@code organisation.member.lastAdmin}) for the last administrator
     * @throws AccessDeniedException   for a member removing someone else
     * @throws RecordNotFoundException for a non-member, an unknown organisation or an account not in it
     */
    @Transactional
    public void removeMember(long organisationId, long accountId) {
        PortalUser user = currentUser.require();
        lock(organisationId);
        Membership caller = membershipOf(organisationId, user);
        if (accountId != user.accountId()) {
            requireAdmin(caller);
        }
        Membership target = memberships.findByOrganisationIdAndAccountId(organisationId, accountId)
                .orElseThrow(() -> new RecordNotFoundException("Member"));
        if (target.isAdmin() && adminCount(organisationId) <= 1) {
            throw new FormRejectedException(List.of(new FieldProblem("member", "organisation.member.lastAdmin")));
        }
        memberships.delete(target);
        log.info("Account {} removed from organisation {} by account {}", accountId, organisationId, user.accountId());
    }

    /**
     * Makes a member an administrator or an administrator a member (administrators only). The last
     * administrator stays one.
     *
     * @throws FormRejectedException   ({@code member}: {@code organisation.member.lastAdmin}) for the last administrator
     * @throws AccessDeniedException   for a member who is not an administrator
     * @throws RecordNotFoundException for a non-member, an unknown organisation or an account not in it
     */
    @Transactional
    public void changeRole(long organisationId, long accountId, OrganisationRole role) {
        PortalUser user = currentUser.require();
        lock(organisationId);
        requireAdmin(membershipOf(organisationId, user));
        Membership target = memberships.findByOrganisationIdAndAccountId(organisationId, accountId)
                .orElseThrow(() -> new RecordNotFoundException("Member"));
        if (target.role() == role) {
            return;
        }
        if (target.isAdmin() && adminCount(organisationId) <= 1) {
            throw new FormRejectedException(List.of(new FieldProblem("member", "organisation.member.lastAdmin")));
        }
        target.changeRole(role);
        memberships.save(target);
        log.info("Account {} is now {} of organisation {} (by account {})", accountId, role, organisationId,
                user.accountId());
    }

    // ---------------------------------------------------------------- invitations

    /**
     * Invites an e-mail address to join as a member (administrators only) and queues the invitation
     * mail, valid {@link #INVITATION_VALIDITY}, with the link {@code {portal.base-url}/organisasi/undangan?token=…}.
     * The address need not have an account yet: its owner registers, then opens the link.
     *
     * @param locale the language of the mail (the inviter's: they know the person)
     * @throws FormRejectedException   ({@code email}) for an address that is not one, already a member's, or
     *                                 with an open invitation
     * @throws AccessDeniedException   for a member who is not an administrator
     * @throws RecordNotFoundException for a non-member or an unknown id
     */
    @Transactional
    public void invite(long organisationId, String email, Locale locale) {
        PortalUser user = currentUser.require();
        Organisation organisation = lock(organisationId);
        requireAdmin(membershipOf(organisationId, user));
        Instant now = clock.instant();
        String address = normaliseEmail(email);
        if (!MailAddresses.isValid(address)) {
            throw new FormRejectedException(List.of(new FieldProblem("email", "validation.email.format")));
        }
        Optional<AccountSummary> invitee = accounts.byEmail(address);
        if (invitee.isPresent()
                && memberships.findByOrganisationIdAndAccountId(organisationId, invitee.get().id()).isPresent()) {
            throw new FormRejectedException(List.of(new FieldProblem("email", "organisation.invite.member")));
        }
        boolean open = invitations.findByOrganisationId(organisationId).stream()
                .anyMatch(i -> i.email().equals(address) && i.stateAt(now) == Invitation.State.OPEN);
        if (open) {
            throw new FormRejectedException(List.of(new FieldProblem("email", "organisation.invite.open")));
        }
        String token = SingleUseTokens.newToken();
        Invitation invitation = invitations.save(Invitation.issue(organisationId, address, SingleUseTokens.hash(token),
                user.accountId(), now, now.plus(INVITATION_VALIDITY)));
        outbox.enqueue(address, MailTemplates.ORGANISATION_INVITATION, locale, Map.of(
                "inviterName", user.fullName(),
                "organisationName", organisation.name(),
                "link", baseUrl + "/organisasi/undangan?token=" + token,
                "expiresInDays", INVITATION_VALIDITY.toDays()));
        log.info("Invitation {} to organisation {} queued by account {}", invitation.id(), organisationId,
                user.accountId());
    }

    /**
     * The invitations still open (administrators only), newest first.
     *
     * @throws AccessDeniedException   for a member who is not an administrator
     * @throws RecordNotFoundException for a non-member or an unknown id
     */
    @Transactional(readOnly = true)
    public List<PendingInvitation> openInvitations(long organisationId) {
        requireAdmin(membershipOf(organisationId, currentUser.require()));
        Instant now = clock.instant();
        return invitations.findByOrganisationId(organisationId).stream()
                .filter(i -> i.stateAt(now) == Invitation.State.OPEN)
                .sorted(Comparator.comparing(Invitation::createdAt).reversed())
                .map(i -> new PendingInvitation(i.id(), i.email(), i.createdAt(), i.expiresAt()))
                .toList();
    }

    /**
     * Revokes an open invitation (administrators only): its link stops working.
     *
     * @throws AccessDeniedException   for a member who is not an administrator
     * @throws RecordNotFoundException for a non-member, an unknown id or an invitation of another organisation
     */
    @Transactional
    public void revokeInvitation(long organisationId, long invitationId) {
        PortalUser user = currentUser.require();
        lock(organisationId);
        requireAdmin(membershipOf(organisationId, user));
        Invitation invitation = invitations.findById(invitationId)
                .filter(i -> i.organisationId() == organisationId)
                .orElseThrow(() -> new RecordNotFoundException("Invitation"));
        invitation.revoke(clock.instant());
        invitations.save(invitation);
    }

    /**
     * What an invitation link is for, to show the signed-in person before they accept.
     *
     * @throws InvitationRefusedException for a link that is unknown, revoked, expired or used
     */
    @Transactional(readOnly = true)
    public InvitationPreview invitation(String token) {
        PortalUser user = currentUser.require();
        Invitation invitation = usable(invitations.findByTokenSha256(SingleUseTokens.hash(token)));
        Organisation organisation = organisations.findById(invitation.organisationId())
                .orElseThrow(() -> new InvitationRefusedException(InvitationRefusedException.Reason.UNKNOWN));
        String inviter = accounts.byId(invitation.invitedBy()).map(AccountSummary::fullName).orElse("?");
        boolean member = memberships.findByOrganisationIdAndAccountId(organisation.id(), user.accountId()).isPresent();
        return new InvitationPreview(organisation.id(), organisation.name(), inviter, MailAddresses.mask(invitation.email()),
                invitation.expiresAt(), isFor(invitation, user), member);
    }

    /**
     * Accepts an invitation: the signed-in person becomes a member. Only the account registered with
     * the invited address may accept (an invitation forwarded to someone else is no use to them).
     *
     * @return the organisation's id
     * @throws InvitationRefusedException for a link that is unknown, revoked, expired or used, or an
     *                                    account with another e-mail address
     */
    @Transactional
    public long acceptInvitation(String token) {
        PortalUser user = currentUser.require();
        Invitation invitation = usable(invitations.findLockedByTokenSha256(SingleUseTokens.hash(token)));
        lock(invitation.organisationId());
        if (!isFor(invitation, user)) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.OTHER_ACCOUNT);
        }
        Instant now = clock.instant();
        long organisationId = invitation.organisationId();
        if (memberships.findByOrganisationIdAndAccountId(organisationId, user.accountId()).isEmpty()) {
            try {
                memberships.save(Membership.join(organisationId, user.accountId(), OrganisationRole.MEMBER, now));
            } catch (DataIntegrityViolationException alreadyMember) {
                // Joined through another invitation at the same moment: a member either way.
                log.debug("Account {} already joined organisation {}", user.accountId(), organisationId);
            }
        }
        invitation.accept(user.accountId(), now);
        invitations.save(invitation);
        log.info("Invitation {} accepted: account {} joined organisation {}", invitation.id(), user.accountId(),
                organisationId);
        return organisationId;
    }

    // ---------------------------------------------------------------- helpers

    private Invitation usable(Optional<Invitation> found) {
        Invitation invitation = found.orElseThrow(
                () -> new InvitationRefusedException(InvitationRefusedException.Reason.UNKNOWN));
        return switch (invitation.stateAt(clock.instant())) {
            case OPEN -> invitation;
            case ACCEPTED -> throw new InvitationRefusedException(InvitationRefusedException.Reason.USED);
            case EXPIRED -> throw new InvitationRefusedException(InvitationRefusedException.Reason.EXPIRED);
            case REVOKED -> throw new InvitationRefusedException(InvitationRefusedException.Reason.UNKNOWN);
        };
    }

    /** The account's current address (not the one in the session, which may be older). */
    private boolean isFor(Invitation invitation, PortalUser user) {
        return accounts.byId(user.accountId()).map(a -> a.email().equalsIgnoreCase(invitation.email())).orElse(false);
    }

    private Organisation lock(long organisationId) {
        return organisations.findLockedById(organisationId).orElseThrow(() -> new RecordNotFoundException(ORGANISATION));
    }

    /** The caller's membership; a non-member is told the organisation does not exist. */
    private Membership membershipOf(long organisationId, PortalUser user) {
        return memberships.findByOrganisationIdAndAccountId(organisationId, user.accountId())
                .orElseThrow(() -> new RecordNotFoundException(ORGANISATION));
    }

    private static void requireAdmin(Membership membership) {
        if (!membership.isAdmin()) {
            throw new AccessDeniedException("Only an administrator of the organisation may do this");
        }
    }

    private long adminCount(long organisationId) {
        return memberships.findByOrganisationId(organisationId).stream().filter(Membership::isAdmin).count();
    }

    private static OrganisationDetails details(Organisation organisation, OrganisationRole role) {
        return new OrganisationDetails(organisation.id(), organisation.profile(), role, organisation.version(),
                organisation.createdAt());
    }

    /** Checks a profile as a person typed it; the cleaned profile, or every problem at once. */
    private OrganisationProfile checked(OrganisationProfile form) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = oneLine(form.name());
        if (name.length() < 2 || name.length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "organisation.validation.name", NAME_MAX));
        }
        LegalForm legalForm = form.legalForm();
        if (legalForm == null) {
            problems.add(new FieldProblem("legalForm", "organisation.validation.legalForm"));
        }
        String akta = oneLine(form.aktaNumber());
        if (akta.isEmpty() || akta.length() > NUMBER_MAX) {
            problems.add(new FieldProblem("aktaNumber", "organisation.validation.aktaNumber", NUMBER_MAX));
        }
        LocalDate today = LocalDate.now(clock.withZone(office.profile().hours().zone()));
        if (form.aktaDate() == null) {
            problems.add(new FieldProblem("aktaDate", "organisation.validation.aktaDate"));
        } else if (form.aktaDate().isAfter(today)) {
            problems.add(new FieldProblem("aktaDate", "organisation.validation.aktaDate.future"));
        }
        String sk = oneLine(form.skKemenkumhamNumber());
        if (sk.length() > NUMBER_MAX) {
            problems.add(new FieldProblem("skKemenkumhamNumber", "organisation.validation.sk.long", NUMBER_MAX));
        } else if (sk.isEmpty() && legalForm != null && legalForm.needsSkKemenkumham()) {
            problems.add(new FieldProblem("skKemenkumhamNumber", "organisation.validation.sk.required"));
        }
        IdentityValidation.Check<Npwp> npwp = IdentityValidation.checkNpwp(form.npwp());
        if (!npwp.isValid()) {
            problems.add(new FieldProblem("npwp", npwp.messageKey(), npwp.messageArgs()));
        }
        String address = form.address() == null ? "" : form.address().strip();
        if (address.length() < ADDRESS_MIN || address.length() > ADDRESS_MAX) {
            problems.add(new FieldProblem("address", "organisation.validation.address", ADDRESS_MIN, ADDRESS_MAX));
        }
        String head = oneLine(form.headName());
        if (head.length() < 2 || head.length() > NAME_MAX) {
            problems.add(new FieldProblem("headName", "organisation.validation.headName", NAME_MAX));
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        return new OrganisationProfile(name, legalForm, akta, form.aktaDate(), sk.isEmpty() ? null : sk,
                npwp.value().value(), address, head);
    }

    private static String oneLine(@Nullable String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    static String normaliseEmail(@Nullable String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

}
