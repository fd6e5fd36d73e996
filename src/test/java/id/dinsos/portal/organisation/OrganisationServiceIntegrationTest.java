package id.dinsos.portal.organisation;

import id.dinsos.portal.shared.SingleUseTokens;
import static id.dinsos.portal.account.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;

/**
 * Organisations, members and invitations on MariaDB, each call made as a registered and verified
 * citizen: who may see and change what, the invitation mail and its link, and the rules for the
 * last administrator.
 */
@IntegrationTest
class OrganisationServiceIntegrationTest {

    static final String OLD_NPWP = "01.234.567.4-123.000";
    static final String NEW_NPWP = "0012345674123000";
    static final String TYPO_NPWP = "01.234.567.5-123.000";

    @Autowired
    OrganisationService organisations;
    @Autowired
    RegistrationService registration;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${portal.base-url}")
    String baseUrl;

    Citizen ketua;
    Citizen anggota;
    Citizen stranger;

    @BeforeEach
    void citizens() {
        ketua = TestAccounts.verifiedCitizen(registration, jdbc, "Ahmad Fauzi");
        anggota = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Lestari");
        stranger = TestAccounts.verifiedCitizen(registration, jdbc, "Rudi Hartono");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static OrganisationProfile yayasan(String npwp) {
        return new OrganisationProfile("  Yayasan   Kasih Bunda ", LegalForm.YAYASAN, "12", LocalDate.of(2015, 3, 12),
                "AHU-0012345.AH.01.04.Tahun 2015", npwp, "Jl. Mawar No. 7, Cikarang Pusat, Kabupaten Bekasi",
                "Hj. Siti Aminah");
    }

    private long createYayasan() {
        return as(ketua, () -> organisations.create(yayasan(OLD_NPWP)));
    }

    /** Invites the address as the administrator and returns the token from the queued mail's link. */
    private String invite(long organisationId, String email) {
        as(ketua, () -> organisations.invite(organisationId, email, Languages.ENGLISH));
        return tokenInMailTo(email.strip().toLowerCase(Locale.ROOT));
    }

    private String tokenInMailTo(String email) {
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? "
                + "AND template = 'organisation-invitation' ORDER BY id DESC LIMIT 1", String.class, email);
        Matcher m = Pattern.compile("/organisasi/undangan\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("the mail carries the link").isTrue();
        return m.group(1);
    }

    private long withMember() {
        long id = createYayasan();
        String token = invite(id, anggota.email());
        as(anggota, () -> organisations.acceptInvitation(token));
        return id;
    }

    private static List<String> problems(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(FormRejectedException.class);
        return ((FormRejectedException) thrown).problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void the_citizen_who_creates_an_organisation_becomes_its_administrator() {
        long id = createYayasan();

        TestAccounts.signIn(ketua);
        assertThat(organisations.myOrganisations()).containsExactly(
                new OrganisationSummary(id, "Yayasan Kasih Bunda", LegalForm.YAYASAN, OrganisationRole.ADMIN));
        OrganisationDetails details = organisations.organisation(id);
        assertThat(details.role()).isEqualTo(OrganisationRole.ADMIN);
        assertThat(details.profile().npwp()).as("stored as digits").isEqualTo("012345674123000");
        assertThat(details.profile().name()).as("spaces tidied").isEqualTo("Yayasan Kasih Bunda");
        assertThat(organisations.members(id)).singleElement().satisfies(m -> {
            assertThat(m.accountId()).isEqualTo(ketua.id());
            assertThat(m.fullName()).isEqualTo("Ahmad Fauzi");
            assertThat(m.role()).isEqualTo(OrganisationRole.ADMIN);
            assertThat(m.you()).isTrue();
        });
        assertThat(organisations.roleOf(id)).isEqualTo(OrganisationRole.ADMIN);
        assertThat(jdbc.queryForObject("SELECT created_by FROM organisation WHERE id = ?", Long.class, id))
                .isEqualTo(ketua.id());
    }

    @Test
    void npwp_is_accepted_in_the_old_and_the_new_format_and_a_typo_is_refused() {
        TestAccounts.signIn(ketua);
        long old = organisations.create(yayasan(OLD_NPWP));
        long sixteen = organisations.create(yayasan(NEW_NPWP));
        long nik = organisations.create(yayasan(ketua.nik()));

        assertThat(organisations.organisation(old).profile().npwp()).isEqualTo("012345674123000");
        assertThat(organisations.organisation(sixteen).profile().npwp()).isEqualTo(NEW_NPWP);
        assertThat(organisations.organisation(nik).profile().npwp()).isEqualTo(ketua.nik());
        assertThat(problems(() -> organisations.create(yayasan(TYPO_NPWP))))
                .containsExactly("npwp:validation.npwp.checksum");
        assertThat(problems(() -> organisations.create(yayasan("12345"))))
                .containsExactly("npwp:validation.npwp.length");
    }

    @Test
    void every_problem_of_a_profile_is_reported_at_once() {
        TestAccounts.signIn(ketua);
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(2);
        OrganisationProfile bad = new OrganisationProfile(" ", LegalForm.YAYASAN, "", tomorrow, " ", "",
                "Bekasi", "");
        assertThat(problems(() -> organisations.create(bad))).containsExactlyInAnyOrder(
                "name:organisation.validation.name", "aktaNumber:organisation.validation.aktaNumber",
                "aktaDate:organisation.validation.aktaDate.future", "skKemenkumhamNumber:organisation.validation.sk.required",
                "npwp:validation.npwp.empty", "address:organisation.validation.address",
                "headName:organisation.validation.headName");
        OrganisationProfile noForm = new OrganisationProfile("Panitia", null, "1", null, null, OLD_NPWP,
                "Jl. Mawar No. 7, Cikarang", "Budi");
        assertThat(problems(() -> organisations.create(noForm))).containsExactlyInAnyOrder(
                "legalForm:organisation.validation.legalForm", "aktaDate:organisation.validation.aktaDate");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE created_by = ?", Long.class, ketua.id()))
                .isZero();
    }

    @Test
    void a_committee_needs_no_sk_kemenkumham() {
        TestAccounts.signIn(ketua);
        long id = organisations.create(new OrganisationProfile("Panitia Jalan Sehat HUT RI", LegalForm.PANITIA,
                "SK/01/PAN/2026", LocalDate.of(2026, 6, 1), "", OLD_NPWP, "Jl. Mawar No. 7, Cikarang Pusat",
                "Bambang Sutrisno"));
        assertThat(organisations.organisation(id).profile().skKemenkumhamNumber()).isNull();
    }

    @Test
    void a_non_member_is_told_an_organisation_does_not_exist_exactly_as_for_a_missing_id() {
        long id = createYayasan();
        long missing = id + 1_000_000;
        TestAccounts.signIn(stranger);

        List<ThrowingCallable> callsOnSomeoneElses = List.of(
                () -> organisations.organisation(id), () -> organisations.members(id),
                () -> organisations.roleOf(id), () -> organisations.openInvitations(id),
                () -> organisations.invite(id, "teman@contoh.id", Languages.INDONESIAN),
                () -> organisations.update(id, yayasan(OLD_NPWP), 0),
                () -> organisations.removeMember(id, ketua.id()),
                () -> organisations.changeRole(id, ketua.id(), OrganisationRole.MEMBER));
        List<ThrowingCallable> callsOnMissing = List.of(
                () -> organisations.organisation(missing), () -> organisations.members(missing),
                () -> organisations.roleOf(missing), () -> organisations.openInvitations(missing),
                () -> organisations.invite(missing, "teman@contoh.id", Languages.INDONESIAN),
                () -> organisations.update(missing, yayasan(OLD_NPWP), 0),
                () -> organisations.removeMember(missing, ketua.id()),
                () -> organisations.changeRole(missing, ketua.id(), OrganisationRole.MEMBER));
        for (int i = 0; i < callsOnSomeoneElses.size(); i++) {
            Throwable theirs = catchThrowable(callsOnSomeoneElses.get(i));
            Throwable none = catchThrowable(callsOnMissing.get(i));
            assertThat(theirs).as("call %d", i).isExactlyInstanceOf(RecordNotFoundException.class);
            assertThat(none).as("call %d", i).isExactlyInstanceOf(RecordNotFoundException.class);
            assertThat(theirs.getMessage()).as("call %d", i).isEqualTo(none.getMessage());
        }
        assertThat(organisations.myOrganisations()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE recipient = 'teman@contoh.id'",
                Long.class)).isZero();
    }

    @Test
    void nobody_signed_in_and_staff_accounts_cannot_create_an_organisation() {
        assertThatThrownBy(() -> organisations.create(yayasan(OLD_NPWP))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.myOrganisations()).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(TestAccounts.staff(ketua.id(), "Petugas"));
        assertThatThrownBy(() -> organisations.create(yayasan(OLD_NPWP))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_member_sees_the_organisation_but_cannot_invite_remove_promote_or_edit() {
        long id = withMember();
        TestAccounts.signIn(anggota);
        OrganisationDetails seen = organisations.organisation(id);
        assertThat(seen.role()).isEqualTo(OrganisationRole.MEMBER);
        assertThat(organisations.members(id)).extracting(MemberSummary::fullName, MemberSummary::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ahmad Fauzi", OrganisationRole.ADMIN),
                        org.assertj.core.groups.Tuple.tuple("Dewi Lestari", OrganisationRole.MEMBER));

        assertThatThrownBy(() -> organisations.invite(id, "teman@contoh.id", Languages.INDONESIAN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.removeMember(id, ketua.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.changeRole(id, anggota.id(), OrganisationRole.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.update(id, yayasan(NEW_NPWP), seen.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.openInvitations(id)).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(ketua);
        assertThat(organisations.members(id)).hasSize(2);
        assertThat(organisations.organisation(id).profile().npwp()).isEqualTo("012345674123000");
    }

    @Test
    void an_invitation_queues_a_mail_in_the_inviters_language_with_a_single_use_link_valid_for_seven_days() {
        long id = createYayasan();
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = invite(id, "  Dewi.Baru@Contoh.ID ");

        Map<String, Object> mail = jdbc.queryForMap("SELECT locale, subject, body, status FROM notification_outbox "
                + "WHERE recipient = 'dewi.baru@contoh.id' AND template = 'organisation-invitation'");
        assertThat(mail.get("locale")).isEqualTo("en");
        assertThat(mail.get("status")).isEqualTo("PENDING");
        assertThat((String) mail.get("subject")).contains("Yayasan Kasih Bunda");
        assertThat((String) mail.get("body")).contains("Ahmad Fauzi has invited you")
                .contains(baseUrl + "/organisasi/undangan?token=" + token)
                .contains("valid for 7 days");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM organisation_invitation WHERE organisation_id = ?", id);
        assertThat(row.get("email")).isEqualTo("dewi.baru@contoh.id");
        assertThat(row.get("token_sha256")).as("only the hash is stored").isEqualTo(SingleUseTokens.hash(token))
                .isNotEqualTo(token);
        assertThat(row.get("invited_by")).isEqualTo(ketua.id());
        Instant expires = ((java.sql.Timestamp) row.get("expires_at")).toInstant();
        assertThat(Duration.between(before, expires)).isBetween(Duration.ofDays(7), Duration.ofDays(7).plusMinutes(5));

        assertThat(as(ketua, () -> organisations.openInvitations(id))).extracting(PendingInvitation::email)
                .containsExactly("dewi.baru@contoh.id");
    }

    @Test
    void inviting_a_member_an_address_with_an_open_invitation_or_no_address_is_refused_with_a_clear_problem() {
        long id = withMember();
        TestAccounts.signIn(ketua);
        assertThat(problems(() -> organisations.invite(id, anggota.email().toUpperCase(Locale.ROOT), Languages.ENGLISH)))
                .containsExactly("email:organisation.invite.member");
        organisations.invite(id, "baru@contoh.id", Languages.ENGLISH);
        assertThat(problems(() -> organisations.invite(id, "Baru@contoh.id", Languages.ENGLISH)))
                .containsExactly("email:organisation.invite.open");
        assertThat(problems(() -> organisations.invite(id, "bukan alamat", Languages.ENGLISH)))
                .containsExactly("email:validation.email.format");
        assertThat(problems(() -> organisations.invite(id, "Budi <budi@contoh.id>", Languages.ENGLISH)))
                .containsExactly("email:validation.email.format");

        // A revoked invitation no longer blocks a new one, and its link stops working.
        PendingInvitation open = organisations.openInvitations(id).getFirst();
        String revokedToken = tokenInMailTo("baru@contoh.id");
        organisations.revokeInvitation(id, open.id());
        assertThat(organisations.openInvitations(id)).isEmpty();
        organisations.invite(id, "baru@contoh.id", Languages.ENGLISH);
        assertThat(organisations.openInvitations(id)).hasSize(1);
        assertThatThrownBy(() -> organisations.acceptInvitation(revokedToken))
                .isInstanceOfSatisfying(InvitationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvitationRefusedException.Reason.UNKNOWN));
    }

    @Test
    void accepting_an_invitation_makes_the_invited_person_a_member() {
        long id = createYayasan();
        String token = invite(id, anggota.email().toUpperCase(Locale.ROOT));

        TestAccounts.signIn(anggota);
        InvitationPreview preview = organisations.invitation(token);
        assertThat(preview.organisationName()).isEqualTo("Yayasan Kasih Bunda");
        assertThat(preview.inviterName()).isEqualTo("Ahmad Fauzi");
        assertThat(preview.forSignedInAccount()).as("e-mail compared without regard to case").isTrue();
        assertThat(preview.alreadyMember()).isFalse();
        assertThat(preview.maskedEmail()).isEqualTo("w***@contoh.id");

        assertThat(organisations.acceptInvitation(token)).isEqualTo(id);
        assertThat(organisations.myOrganisations()).extracting(OrganisationSummary::id, OrganisationSummary::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, OrganisationRole.MEMBER));
        Map<String, Object> row = jdbc.queryForMap("SELECT accepted_at, accepted_by FROM organisation_invitation "
                + "WHERE organisation_id = ?", id);
        assertThat(row.get("accepted_at")).isNotNull();
        assertThat(row.get("accepted_by")).isEqualTo(anggota.id());
    }

    @Test
    void an_invitation_accepted_by_an_account_with_another_email_is_refused() {
        long id = createYayasan();
        String token = invite(id, anggota.email());

        TestAccounts.signIn(stranger);
        assertThat(organisations.invitation(token).forSignedInAccount()).isFalse();
        assertThatThrownBy(() -> organisations.acceptInvitation(token))
                .isInstanceOfSatisfying(InvitationRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvitationRefusedException.Reason.OTHER_ACCOUNT);
                    assertThat(e.messageKey()).isEqualTo("organisation.invitation.refused.OTHER_ACCOUNT");
                });
        assertThatThrownBy(() -> organisations.organisation(id)).isInstanceOf(RecordNotFoundException.class);

        // The invitation is still open for the person it was meant for.
        assertThat(as(anggota, () -> organisations.acceptInvitation(token))).isEqualTo(id);
    }

    @Test
    void an_expired_a_used_or_an_unknown_link_is_refused() {
        long id = createYayasan();
        String expired = invite(id, anggota.email());
        jdbc.update("UPDATE organisation_invitation SET expires_at = created_at WHERE token_sha256 = ?",
                SingleUseTokens.hash(expired));
        TestAccounts.signIn(anggota);
        assertThat(reason(() -> organisations.acceptInvitation(expired))).isEqualTo(InvitationRefusedException.Reason.EXPIRED);
        assertThat(reason(() -> organisations.invitation(expired))).isEqualTo(InvitationRefusedException.Reason.EXPIRED);
        assertThat(as(ketua, () -> organisations.openInvitations(id))).as("an expired one is no longer open").isEmpty();

        String fresh = invite(id, anggota.email());
        assertThat(organisations.acceptInvitation(fresh)).isEqualTo(id);
        assertThat(reason(() -> organisations.acceptInvitation(fresh))).isEqualTo(InvitationRefusedException.Reason.USED);
        assertThat(reason(() -> organisations.acceptInvitation("made-up-token")))
                .isEqualTo(InvitationRefusedException.Reason.UNKNOWN);
        assertThat(organisations.members(id)).hasSize(2);
    }

    private static InvitationRefusedException.Reason reason(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvitationRefusedException.class);
        return ((InvitationRefusedException) thrown).reason();
    }

    @Test
    void an_administrator_removes_a_member_and_a_member_may_leave() {
        long id = withMember();
        as(ketua, () -> organisations.removeMember(id, anggota.id()));
        assertThat(as(ketua, () -> organisations.members(id))).extracting(MemberSummary::accountId)
                .containsExactly(ketua.id());
        assertThatThrownBy(() -> as(anggota, () -> organisations.organisation(id)))
                .as("a removed member no longer sees the organisation").isInstanceOf(RecordNotFoundException.class);

        String again = invite(id, anggota.email());
        as(anggota, () -> organisations.acceptInvitation(again));
        as(anggota, () -> organisations.removeMember(id, anggota.id()));
        assertThat(as(anggota, () -> organisations.myOrganisations())).isEmpty();
    }

    @Test
    void the_last_administrator_can_neither_be_removed_nor_leave_nor_step_down() {
        long id = withMember();
        TestAccounts.signIn(ketua);
        assertThat(problems(() -> organisations.removeMember(id, ketua.id())))
                .containsExactly("member:organisation.member.lastAdmin");
        assertThat(problems(() -> organisations.changeRole(id, ketua.id(), OrganisationRole.MEMBER)))
                .containsExactly("member:organisation.member.lastAdmin");

        organisations.changeRole(id, anggota.id(), OrganisationRole.ADMIN);
        organisations.removeMember(id, ketua.id());
        assertThat(as(anggota, () -> organisations.members(id))).extracting(MemberSummary::accountId,
                MemberSummary::role).containsExactly(org.assertj.core.groups.Tuple.tuple(anggota.id(),
                OrganisationRole.ADMIN));
        assertThat(as(anggota, () -> problems(() -> organisations.removeMember(id, anggota.id()))))
                .containsExactly("member:organisation.member.lastAdmin");
    }

    @Test
    void two_administrators_removing_each_other_at_once_leave_one_administrator() throws Exception {
        long id = withMember();
        as(ketua, () -> organisations.changeRole(id, anggota.id(), OrganisationRole.ADMIN));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        Thread a = new Thread(() -> outcomes.add(removeAtOnce(start, ketua, id, anggota.id())));
        Thread b = new Thread(() -> outcomes.add(removeAtOnce(start, anggota, id, ketua.id())));
        a.start();
        b.start();
        a.join(30_000);
        b.join(30_000);

        assertThat(outcomes).hasSize(2).containsOnlyOnce("removed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ? "
                + "AND role = 'ADMIN'", Long.class, id)).isOne();
    }

    private Object removeAtOnce(CyclicBarrier start, Citizen who, long organisationId, long other) {
        try {
            start.await();
            TestAccounts.signIn(who);
            organisations.removeMember(organisationId, other);
            return "removed";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    void an_edit_from_an_outdated_version_is_refused_instead_of_overwriting_a_newer_one() {
        long id = withMember();
        as(ketua, () -> organisations.changeRole(id, anggota.id(), OrganisationRole.ADMIN));
        OrganisationDetails seenByKetua = as(ketua, () -> organisations.organisation(id));
        OrganisationDetails seenByAnggota = as(anggota, () -> organisations.organisation(id));

        OrganisationProfile renamed = new OrganisationProfile("Yayasan Kasih Bunda Bekasi", LegalForm.YAYASAN, "12",
                LocalDate.of(2015, 3, 12), "AHU-0012345.AH.01.04.Tahun 2015", NEW_NPWP,
                "Jl. Mawar No. 7, Cikarang Pusat, Kabupaten Bekasi", "Hj. Siti Aminah");
        OrganisationDetails saved = as(anggota, () -> organisations.update(id, renamed, seenByAnggota.version()));
        assertThat(saved.version()).isGreaterThan(seenByAnggota.version());
        assertThatThrownBy(() -> as(ketua, () -> organisations.update(id, yayasan(OLD_NPWP), seenByKetua.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(ketua, () -> organisations.organisation(id)).profile().name()).isEqualTo("Yayasan Kasih Bunda Bekasi");

        assertThat(as(ketua, () -> problems(() -> organisations.update(id, yayasan(TYPO_NPWP), saved.version()))))
                .extracting(s -> s).containsExactly("npwp:validation.npwp.checksum");
    }

    @Test
    void field_problems_name_fields_the_form_knows() {
        // The view puts each problem next to the field of the same name; an unknown name would be lost.
        TestAccounts.signIn(ketua);
        Throwable thrown = catchThrowable(() -> organisations.create(new OrganisationProfile(null, null, null, null,
                null, null, null, null)));
        assertThat(((FormRejectedException) thrown).problems()).extracting(FieldProblem::field)
                .allMatch(f -> List.of("name", "legalForm", "aktaNumber", "aktaDate", "skKemenkumhamNumber", "npwp",
                        "address", "headName").contains(f));
    }
}
