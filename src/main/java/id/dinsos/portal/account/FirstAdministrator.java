package id.dinsos.portal.account;

import id.dinsos.portal.shared.SingleUseTokens;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.audit.Actor;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.notification.MailOutbox;
import id.dinsos.portal.notification.MailTemplates;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.i18n.Languages;

/**
 * The first administrator of a new installation: staff accounts are made only by administrators, so
 * someone has to be the first. With {@code PORTAL_ADMIN_EMAIL} set and no active administrator yet,
 * the start-up creates a staff account with the ADMIN role for that address (in the office's first
 * unit unless {@code PORTAL_ADMIN_UNIT} names another) and mails it the link to set a password.
 * Nothing happens once an administrator exists, so the setting can stay.
 */
@Component
class FirstAdministrator implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final StaffMembers staff;
    private final PasswordEncoder passwordEncoder;
    private final PasswordLinks links;
    private final MailOutbox outbox;
    private final OfficeService office;
    private final AuditLog audit;
    private final java.time.Clock clock;
    private final String email;
    private final String unit;

    FirstAdministrator(Accounts accounts, StaffMembers staff, PasswordEncoder passwordEncoder, PasswordLinks links,
                       MailOutbox outbox, OfficeService office, AuditLog audit, java.time.Clock clock,
                       @Value("${portal.admin.email:}") String email, @Value("${portal.admin.unit:}") String unit) {
        this.accounts = accounts;
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.links = links;
        this.outbox = outbox;
        this.office = office;
        this.audit = audit;
        this.clock = clock;
        this.email = RegistrationService.normaliseEmail(email);
        this.unit = unit.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isEmpty() || staff.countActiveHolding(StaffRole.ADMIN.name()) > 0) {
            return;
        }
        if (accounts.existsByEmail(email)) {
            log.warn("PORTAL_ADMIN_EMAIL belongs to an existing account; no first administrator was created");
            return;
        }
        String unitCode = unit.isEmpty() ? office.profile().units().getFirst().code() : unit;
        if (!StaffService.unitCodes(office.profile()).contains(unitCode)) {
            throw new IllegalStateException("PORTAL_ADMIN_UNIT '" + unitCode + "' is not a unit of office.yml");
        }
        Instant now = clock.instant();
        Account admin = accounts.save(Account.staff("Administrator", email, null, unitCode, Set.of(StaffRole.ADMIN),
                passwordEncoder.encode(SingleUseTokens.newToken()), now));
        outbox.enqueue(email, MailTemplates.STAFF_WELCOME, Languages.INDONESIAN, Map.of(
                "name", "Administrator",
                "link", links.issue(admin.id(), StaffService.WELCOME_VALIDITY),
                "expiresInHours", StaffService.WELCOME_VALIDITY.toHours()));
        audit.recordAs(Actor.SYSTEM, "STAFF_CREATED", StaffService.ACCOUNT_SUBJECT, admin.id(),
                "unit=" + unitCode + " roles=ADMIN first administrator");
        log.info("Created the first administrator, account {}; the link to set its password was mailed", admin.id());
    }

    /** After the office's import (its units) and the catalogue's. */
    @Override
    public int getOrder() {
        return 20;
    }
}
