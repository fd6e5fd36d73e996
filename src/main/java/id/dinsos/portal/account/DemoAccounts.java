package id.dinsos.portal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;

/**
 * The demo profile's citizen, ready to sign in (the README lists the demo accounts). Created once;
 * a restart finds it and leaves it alone. Never active outside the demo profile.
 */
@Component
@Profile("demo")
public class DemoAccounts implements ApplicationRunner, Ordered {

    /** The password of every demo account; it passes the password policy like any other. */
    public static final String PASSWORD = "Layanan-Sosial-2026";
    public static final String CITIZEN_EMAIL = "warga@demo.dinsos.id";
    static final String CITIZEN_NIK = "3216054107850002";
    /** The citizen who administers the demo organisation (created by the organisation module). */
    public static final String ORGANISATION_ADMIN_EMAIL = "pengurus@demo.dinsos.id";
    static final String ORGANISATION_ADMIN_NIK = "3216051205800003";
    public static final String ADMIN_EMAIL = "admin@demo.dinsos.id";
    /** A social worker (TKSK) of Kecamatan Tambun Utara, in the social-security division. */
    public static final String SOCIAL_WORKER_EMAIL = "tksk@demo.dinsos.id";
    static final String SOCIAL_WORKER_UNIT = "linjamsos";
    static final String SOCIAL_WORKER_DISTRICT = "32.16.05";
    /** The demo partner system's key (DPMPTSP); it may use every scope. Never in another profile. */
    public static final String API_KEY = "pls_demo_dpmptsp_0000000000000000000000000000";

    /** Role codes in the demo staff e-mail addresses: {@code pelaksana.rehsos@demo.dinsos.id}. */
    private static final Map<StaffRole, String> ROLE_WORDS = Map.of(
            StaffRole.FRONT_OFFICE, "petugas", StaffRole.VERIFIER, "pelaksana", StaffRole.TEAM_LEAD, "ketuatim",
            StaffRole.HEAD_OF_DIVISION, "kabid");

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final Consents consents;
    private final ApiClients apiClients;
    private final OfficeService office;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(Accounts accounts, Consents consents, ApiClients apiClients, OfficeService office,
                 PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.consents = consents;
        this.apiClients = apiClients;
        this.office = office;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByEmail(CITIZEN_EMAIL)) {
            return;
        }
        Instant now = clock.instant();
        String hash = encoder.encode(PASSWORD);
        citizen("Siti Aminah", CITIZEN_EMAIL, CITIZEN_NIK, "+6281234567801", hash, now);
        citizen("Budi Hartono", ORGANISATION_ADMIN_EMAIL, ORGANISATION_ADMIN_NIK, "+6281234567802", hash, now);

        int n = 0;
        for (OfficeProfile.Unit unit : office.profile().units()) {
            if (unit.kind() != OfficeProfile.UnitKind.DIVISION) {
                continue;
            }
            for (StaffRole role : ROLE_WORDS.keySet().stream().sorted().toList()) {
                staff(getTitle(role) + " " + unit.name().id(), ROLE_WORDS.get(role) + "." + unit.code() + "@demo.dinsos.id",
                        unit.code(), Set.of(role), hash, now, ++n);
            }
        }
        String secretariat = office.profile().units().stream()
                .filter(u -> u.kind() == OfficeProfile.UnitKind.SECRETARIAT).map(OfficeProfile.Unit::code)
                .findFirst().orElse(office.profile().units().getFirst().code());
        staff("Sekretaris Dinas (demo)", "sekretaris@demo.dinsos.id", secretariat, Set.of(StaffRole.SECRETARY), hash, now, ++n);
        staff("Kepala Dinas (demo)", "kadis@demo.dinsos.id", secretariat, Set.of(StaffRole.HEAD_OF_OFFICE), hash, now, ++n);
        staff("Administrator (demo)", ADMIN_EMAIL, secretariat, Set.of(StaffRole.ADMIN), hash, now, ++n);
        // A TKSK of Kecamatan Tambun Utara (the demo citizen's), a volunteer without a NIP.
        Account socialWorker = Account.staff("TKSK Tambun Utara (demo)", SOCIAL_WORKER_EMAIL, null, SOCIAL_WORKER_UNIT,
                Set.of(StaffRole.SOCIAL_WORKER), hash, now);
        socialWorker.serveDistrict(SOCIAL_WORKER_DISTRICT);
        socialWorker.verifyEmail(now);
        accounts.save(socialWorker);
        n++;

        apiClients.save(ApiClient.create("DPMPTSP (demo)", ApiScopes.ALL, API_KEY, now));
        log.info("Demo accounts created: 2 citizens, {} staff, 1 API client", n);
    }

    private void citizen(String name, String email, String nik, String phone, String hash, Instant now) {
        Account citizen = Account.citizen(name, email, nik, phone, "32.16.05.2001", "Jl. Melati No. 5, RT 002/RW 004",
                null, hash, now);
        citizen.verifyEmail(now);
        citizen = accounts.save(citizen);
        consents.save(Consent.given(citizen.id(), ConsentPurpose.PRIVACY_NOTICE, now));
    }

    private void staff(String name, String email, String unit, Set<StaffRole> roles, String hash, Instant now, int n) {
        Account staff = Account.staff(name, email, String.format("19800101200501%04d", n), unit, roles, hash, now);
        staff.verifyEmail(now);
        accounts.save(staff);
    }

    private static String getTitle(StaffRole role) {
        return switch (role) {
            case FRONT_OFFICE -> "Petugas Layanan";
            case VERIFIER -> "Pelaksana";
            case TEAM_LEAD -> "Ketua Tim";
            case HEAD_OF_DIVISION -> "Kepala";
            default -> role.name();
        };
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
