package id.dinsos.portal.organisation;

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

/**
 * The demo profile's yayasan, administered by the demo organisation account (the README lists it).
 * Runs after the demo accounts; created once.
 */
@Component
@Profile("demo")
class DemoOrganisation implements ApplicationRunner, Ordered {

    static final String NAME = "Yayasan Kasih Bunda Cikarang (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final Organisations organisations;
    private final Memberships memberships;
    private final AccountDirectory directory;
    private final Clock clock;

    DemoOrganisation(Organisations organisations, Memberships memberships, AccountDirectory directory, Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.directory = directory;
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
        log.info("Demo organisation created");
    }

    @Override
    public int getOrder() {
        return 110;
    }
}
