package id.dinsos.portal.casework;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import id.dinsos.portal.account.DemoAccounts;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.shared.pdf.SamplePdf;
import id.dinsos.portal.shared.storage.FileStore;

/**
 * The demo profile's back office: the demo citizen's two assistive-device applications, submitted with
 * sample files, one waiting with the head of the rehabilitation division and one routed to its
 * pelaksana, so that the inbox and the case screen show something on the first start. Made through
 * the services, as the people themselves would; created once.
 */
@Component
@Profile("demo")
class DemoCases implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final List<String> DOCUMENTS = List.of("proposal", "ktp", "kk", "sktm", "surat-keterangan-puskesmas",
            "foto");

    private final ApplicationService applications;
    private final CaseworkService casework;
    private final UserDetailsService users;
    private final FileStore store;
    private final CaseFiles cases;

    DemoCases(ApplicationService applications, CaseworkService casework, UserDetailsService users, FileStore store,
              CaseFiles cases) {
        this.applications = applications;
        this.casework = casework;
        this.users = users;
        this.store = store;
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases.count() > 0) {
            return;
        }
        UserDetails citizen;
        UserDetails kabid;
        UserDetails pelaksana;
        try {
            citizen = users.loadUserByUsername(DemoAccounts.CITIZEN_EMAIL);
            kabid = users.loadUserByUsername("kabid.rehsos@demo.dinsos.id");
            pelaksana = users.loadUserByUsername("pelaksana.rehsos@demo.dinsos.id");
        } catch (RuntimeException missing) {
            return;
        }
        long first = as(citizen, () -> submit("kursi-roda"));
        long second = as(citizen, () -> submit("alat-bantu-dengar"));
        as(kabid, () -> {
            casework.route(second, casework.details(second).version(),
                    ((id.dinsos.portal.account.PortalUser) pelaksana).accountId(), "Mohon diverifikasi (demo)");
            return second;
        });
        log.info("Demo cases {} and {} created", first, second);
    }

    private long submit(String device) {
        long id = applications.startDraft("alat-bantu", null, null, null);
        applications.saveAnswers(id, null, Map.of("jenis-disabilitas", "fisik", "alat-diminta", device,
                "sudah-punya-alat", "tidak"), applications.details(id).version());
        for (String requirement : DOCUMENTS) {
            applications.attach(id, requirement, store.store(new ByteArrayInputStream(
                    SamplePdf.page("Berkas " + requirement + " - dokumen demo, bukan dokumen asli.")),
                    requirement + " (demo).pdf"));
        }
        applications.submit(id, true);
        return id;
    }

    private static <T> T as(UserDetails user, java.util.function.Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public int getOrder() {
        return 120;
    }
}
