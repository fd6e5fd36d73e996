package id.dinsos.portal.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.office.OfficeService;

/**
 * Finds the account for a sign-in by e-mail address or, for citizens, by NIK. A staff member's
 * authorities are fixed at sign-in: their own roles, and the roles they deputise for on that office
 * date (a deputising that starts tomorrow applies from the next sign-in on or after that day).
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final DeputyAssignments deputies;
    private final OfficeService office;
    private final Clock clock;

    AccountUserDetailsService(Accounts accounts, DeputyAssignments deputies, OfficeService office, Clock clock) {
        this.accounts = accounts;
        this.deputies = deputies;
        this.office = office;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String identifier) {
        return find(identifier).map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    Optional<Account> find(String identifier) {
        String id = identifier == null ? "" : identifier.strip();
        String digits = id.replaceAll("[\\s.]", "");
        if (digits.matches("\\d{16}")) {
            return accounts.findByNik(digits);
        }
        return accounts.findByEmail(RegistrationService.normaliseEmail(id));
    }

    PortalUser toUser(Account a) {
        if (a.kind() != AccountKind.STAFF) {
            return new PortalUser(a.id(), a.fullName(), a.email(), a.kind(), a.passwordHash(), a.canSignIn(),
                    a.sessionEpoch(), List.of(a.kind().name()));
        }
        return new PortalUser(a.id(), a.fullName(), a.email(), a.passwordHash(), a.canSignIn(), a.sessionEpoch(),
                a.unitCode(), grants(a), a.districtCode());
    }

    /** Own roles first, then what the person deputises for today, if its holder still holds it. */
    private List<StaffGrant> grants(Account a) {
        List<StaffGrant> grants = new ArrayList<>();
        a.staffRoles().stream()
                .sorted(Comparator.comparing(StaffRoleGrant::role).thenComparing(StaffRoleGrant::unitCode))
                .forEach(g -> grants.add(new StaffGrant(g.role(), g.unitCode(), false)));
        LocalDate today = LocalDate.now(clock.withZone(office.profile().hours().zone()));
        for (DeputyAssignment d : deputies.findInForce(a.id(), today)) {
            boolean stillHeld = accounts.findById(d.absentAccountId())
                    .map(absent -> absent.staffRoles().contains(new StaffRoleGrant(d.role(), d.unitCode())))
                    .orElse(false);
            StaffGrant grant = new StaffGrant(d.role(), d.unitCode(), true);
            if (stillHeld && grants.stream().noneMatch(g -> g.role() == d.role() && g.unitCode().equals(d.unitCode()))) {
                grants.add(grant);
            }
        }
        return grants;
    }
}
