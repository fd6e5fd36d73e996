package id.dinsos.portal.organisation;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.account.DemoAccounts;
import id.dinsos.portal.shared.pdf.SamplePdf;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;

/**
 * The demo profile's yayasan, administered by the demo organisation account (the README lists it),
 * with one sample document in its library (a one-page PDF marked as a sample). Runs after the demo
 * accounts; created once.
 */
@Component
@Profile("demo")
class DemoOrganisation implements ApplicationRunner, Ordered {

    static final String NAME = "Yayasan Kasih Bunda Cikarang (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final Organisations organisations;
    private final Memberships memberships;
    private final AccountDirectory directory;
    private final OrganisationDocuments documents;
    private final FileStore store;
    private final Clock clock;

    DemoOrganisation(Organisations organisations, Memberships memberships, AccountDirectory directory,
                     OrganisationDocuments documents, FileStore store, Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.directory = directory;
        this.documents = documents;
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var admin = directory.byEmail(DemoAccounts.ORGANISATION_ADMIN_EMAIL).orElse(null);
        if (admin == null || !memberships.findByAccountId(admin.id()).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        OrganisationProfile profile = new OrganisationProfile(NAME, LegalForm.YAYASAN, "12",
                LocalDate.of(2019, 3, 14), "AHU-0012345.AH.01.04.Tahun 2019", "012345674123000",
                "Jl. Kenanga No. 8, Desa Sukamahi, Kecamatan Cikarang Pusat, Kabupaten Bekasi", "Budi Hartono");
        Organisation organisation = organisations.save(Organisation.create(profile, admin.id(), now));
        memberships.save(Membership.join(organisation.id(), admin.id(), OrganisationRole.ADMIN, now));
        StoredFile sample = store.store(new ByteArrayInputStream(samplePdf()), "Contoh akta pendirian (demo).pdf");
        try {
            documents.save(OrganisationDocument.upload(organisation.id(), DocumentKind.AKTA, "Contoh akta (demo)",
                    sample, admin.id(), now));
        } catch (RuntimeException e) {
            store.delete(sample.key());
            throw e;
        }
        log.info("Demo organisation created");
    }

    static byte[] samplePdf() {
        return SamplePdf.page("Akta pendirian Yayasan Kasih Bunda Cikarang - dokumen demo, bukan dokumen asli.");
    }

    @Override
    public int getOrder() {
        return 110;
    }
}
