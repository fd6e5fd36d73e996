package id.dinsos.portal.letter;

import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.casework.CaseworkService;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.Beneficiary;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.shared.storage.FileStore;

/** Staff of the rehabilitation division and an approved alat-bantu application, for the letter tests. */
final class LetterTestSupport {

    static final String REHSOS = "rehsos";
    static final PortalUser VERIFIER = TestUsers.staff(910_001, REHSOS, StaffRole.VERIFIER);
    static final PortalUser TEAM_LEAD = TestUsers.staff(910_002, REHSOS, StaffRole.TEAM_LEAD);
    static final PortalUser HEAD_OF_DIVISION = TestUsers.staff(910_003, REHSOS, StaffRole.HEAD_OF_DIVISION);
    static final PortalUser SECRETARY = TestUsers.staff(910_004, TestUsers.SECRETARIAT, StaffRole.SECRETARY);
    static final PortalUser HEAD_OF_OFFICE = TestUsers.staff(910_005, TestUsers.SECRETARIAT, StaffRole.HEAD_OF_OFFICE);
    static final PortalUser OTHER_VERIFIER = TestUsers.staff(910_006, "linjamsos", StaffRole.VERIFIER);
    static final PortalUser ADMIN = TestUsers.admin(910_007);

    private LetterTestSupport() {
    }

    /** Signing keys for the head of office and the division's head, from the local CA (once per database). */
    static void enrolSigners(SigningKeys keys) {
        keys.enrol(HEAD_OF_OFFICE.accountId(), "Drs. H. Hasan Basri, MM", "Pembina Utama Muda", "197008101991011002");
        keys.enrol(HEAD_OF_DIVISION.accountId(), "Dra. Ratna Sari, M.Si", "Pembina", "197505052000032001");
    }

    /** A submitted alat-bantu application of the citizen, approved by the division's head. */
    static long approvedAlatBantu(ApplicationService intake, FileStore store, Citizen citizen,
                                  CaseworkService casework) {
        long id = TestApplications.submittedAlatBantu(intake, store, citizen,
                new Beneficiary("Sri Wahyuningsih", null, null), TestApplications.defaultUploads());
        TestUsers.runAs(HEAD_OF_DIVISION, () -> casework.decide(id, casework.details(id).version(), true, null));
        return id;
    }

    /** A berita acara for the application, initialled by the verifier and the team lead: ready for signature. */
    static long readyBeritaAcara(LetterService letters, long applicationId) {
        long letter = TestUsers.callAs(VERIFIER, () -> letters.prepare(applicationId, "berita-acara-serah-terima"));
        TestUsers.runAs(VERIFIER, () -> letters.initial(letter, null));
        TestUsers.runAs(TEAM_LEAD, () -> letters.initial(letter, "sesuai"));
        return letter;
    }
}
