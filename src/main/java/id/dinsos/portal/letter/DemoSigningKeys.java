package id.dinsos.portal.letter;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import id.dinsos.portal.account.AccountDirectory;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;

/**
 * The demo's signers: at first start the local demo CA is created and the demo head of office
 * ({@code kadis@demo.dinsos.id}) and the demo heads of division ({@code kabid.<division>@...}) get signing
 * keys from it, so a demo letter can be signed at once. Never active outside the demo profile; a restart
 * finds the keys and leaves them alone.
 */
@Component
@Profile("demo")
class DemoSigningKeys implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoSigningKeys.class);

    private final SigningKeys keys;
    private final AccountDirectory accounts;
    private final OfficeService office;

    DemoSigningKeys(SigningKeys keys, AccountDirectory accounts, OfficeService office) {
        this.keys = keys;
        this.accounts = accounts;
        this.office = office;
    }

    @Override
    public void run(ApplicationArguments args) {
        OfficeProfile profile = office.profile();
        int enrolled = 0;
        var head = accounts.byEmail("kadis@demo.dinsos.id");
        if (head.isPresent() && keys.of(head.get().id()).isEmpty()) {
            keys.enrol(head.get().id(), head.get().fullName(), profile.head().rank(), profile.head().nip());
            enrolled++;
        }
        List<String> divisions = profile.units().stream().filter(u -> u.kind() == OfficeProfile.UnitKind.DIVISION)
                .map(OfficeProfile.Unit::code).toList();
        for (String division : divisions) {
            var kabid = accounts.byEmail("kabid." + division + "@demo.dinsos.id");
            if (kabid.isPresent() && keys.of(kabid.get().id()).isEmpty()) {
                keys.enrol(kabid.get().id(), kabid.get().fullName(), "Pembina", null);
                enrolled++;
            }
        }
        if (enrolled > 0) {
            log.info("Demo signing keys: {} signers enrolled with the local demo CA", enrolled);
        }
    }

    @Override
    public int getOrder() {
        return 110; // after the demo accounts (100)
    }
}
