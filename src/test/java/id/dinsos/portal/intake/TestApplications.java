package id.dinsos.portal.intake;

import static id.dinsos.portal.account.TestAccounts.as;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;

/**
 * Applications for tests of other packages, made through {@link ApplicationService} as the citizen
 * would make them (the pattern of ApplicationServiceIntegrationTest): an alat-bantu application with
 * its answers and a file for every document requirement.
 */
public final class TestApplications {

    /** The document requirements of alat-bantu, in the standard's order. */
    public static final List<String> ALAT_BANTU_DOCUMENTS = List.of("proposal", "ktp", "kk", "sktm",
            "surat-keterangan-puskesmas", "foto");

    private TestApplications() {
    }

    /** The files to attach, by requirement: what {@link #alatBantuDraft} uploads unless told otherwise. */
    public static Map<String, Upload> defaultUploads() {
        Map<String, Upload> uploads = new LinkedHashMap<>();
        ALAT_BANTU_DOCUMENTS.forEach(r -> uploads.put(r, new Upload(r + ".pdf", TestFiles.pdf())));
        return uploads;
    }

    /** One file as the person's device names it. */
    public record Upload(String name, byte[] bytes) {
    }

    /** A complete alat-bantu draft of the citizen, with these files ({@link #defaultUploads()} for all). */
    public static long alatBantuDraft(ApplicationService intake, FileStore store, Citizen citizen,
                                      @Nullable Beneficiary beneficiary, Map<String, Upload> uploads) {
        return as(citizen, () -> {
            long id = intake.startDraft("alat-bantu", null, null, beneficiary);
            intake.saveAnswers(id, null, Map.of("jenis-disabilitas", "fisik", "alat-diminta", "kursi-roda",
                    "sudah-punya-alat", "tidak"), intake.details(id).version());
            uploads.forEach((requirement, upload) -> intake.attach(id, requirement,
                    store.store(new ByteArrayInputStream(upload.bytes()), upload.name())));
            return id;
        });
    }

    /** The same, submitted: it has a tracking number. */
    public static long submittedAlatBantu(ApplicationService intake, FileStore store, Citizen citizen,
                                          @Nullable Beneficiary beneficiary, Map<String, Upload> uploads) {
        long id = alatBantuDraft(intake, store, citizen, beneficiary, uploads);
        as(citizen, () -> intake.submit(id, true));
        return id;
    }
}
