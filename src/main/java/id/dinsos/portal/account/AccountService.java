package id.dinsos.portal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.identity.IdentityValidation;
import id.dinsos.portal.shared.identity.Nik;
import id.dinsos.portal.shared.identity.PhoneNumber;

/**
 * A person's own account: see it, download it, correct it, sign out everywhere, close it, and give or
 * withdraw optional consents (UU 27/2022). Every method acts on the signed-in person only: there is
 * no parameter naming whose account, so there is nothing to guess.
 */
@Service
public class AccountService {

    private final Accounts accounts;
    private final Consents consents;
    private final CurrentUser currentUser;
    private final Regions regions;
    private final Clock clock;

    AccountService(Accounts accounts, Consents consents, CurrentUser currentUser, Regions regions, Clock clock) {
        this.accounts = accounts;
        this.consents = consents;
        this.currentUser = currentUser;
        this.regions = regions;
        this.clock = clock;
    }

    /** What the portal keeps about the signed-in person. */
    public record MyAccount(String fullName, String email, @Nullable String nikMasked, @Nullable String phone,
                            @Nullable String regionCode, @Nullable String addressLine, @Nullable String addressOutside,
                            Set<ConsentPurpose> consents, Instant createdAt) {
    }

    @Transactional(readOnly = true)
    public MyAccount mine() {
        Account a = own();
        return new MyAccount(a.fullName(), a.email(), a.nik() == null ? null : new Nik(a.nik()).masked(), a.phone(),
                a.regionCode(), a.addressLine(), a.addressOutside(), activeConsents(a), a.createdAt());
    }

    /**
     * Everything kept about the signed-in person, for download (the right of access): the account,
     * every consent with its version and dates. Later modules add their records here.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> export() {
        Account a = own();
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("fullName", a.fullName());
        account.put("email", a.email());
        account.put("emailVerifiedAt", a.emailVerifiedAt());
        account.put("nik", a.nik());
        account.put("phone", a.phone());
        account.put("regionCode", a.regionCode());
        account.put("region", a.regionCode() == null ? null
                : regions.region(a.regionCode()).map(Regions.Region::name).orElse(null));
        account.put("addressLine", a.addressLine());
        account.put("addressOutside", a.addressOutside());
        account.put("createdAt", a.createdAt());
        data.put("account", account);
        List<Map<String, Object>> consentList = new ArrayList<>();
        for (Consent c : consents.findByAccountId(a.id())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("purpose", c.purpose());
            row.put("textVersion", c.textVersion());
            row.put("givenAt", c.givenAt());
            row.put("withdrawnAt", c.withdrawnAt());
            consentList.add(row);
        }
        data.put("consents", consentList);
        data.put("exportedAt", clock.instant());
        return data;
    }

    /**
     * Corrects name, phone and address. NIK and e-mail are not changed here: a NIK is corrected by
     * the office against documents, an e-mail change needs a new confirmation.
     */
    @Transactional
    public void correct(String fullName, String phone, @Nullable String regionCode, @Nullable String addressLine,
                        @Nullable String addressOutside) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (name.length() < 2 || name.length() > 200) {
            problems.add(new FieldProblem("fullName", "validation.name.required"));
        }
        IdentityValidation.Check<PhoneNumber> checked = IdentityValidation.checkPhone(phone);
        if (!checked.isValid()) {
            problems.add(new FieldProblem("phone", checked.messageKey(), checked.messageArgs()));
        }
        boolean inArea = regionCode != null && !regionCode.isBlank();
        if (inArea && (regions.region(regionCode).filter(Regions.Region::isVillage).isEmpty()
                || addressLine == null || addressLine.isBlank())) {
            problems.add(new FieldProblem("addressLine", "validation.address.required"));
        }
        if (!inArea && (addressOutside == null || addressOutside.strip().length() < 10)) {
            problems.add(new FieldProblem("addressOutside", "validation.address.required"));
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        Account a = own();
        a.correct(name, checked.value().e164(), inArea ? regionCode : null, inArea ? addressLine.strip() : null,
                inArea ? null : addressOutside.strip());
        accounts.save(a);
    }

    /** Gives or withdraws an optional consent; a required one can only be given. */
    @Transactional
    public void setConsent(ConsentPurpose purpose, boolean given) {
        Account a = own();
        Instant now = clock.instant();
        List<Consent> mine = consents.findByAccountId(a.id());
        boolean active = mine.stream().anyMatch(c -> c.purpose().equals(purpose.name()) && c.withdrawnAt() == null);
        if (given && !active) {
            consents.save(Consent.given(a.id(), purpose, now));
        } else if (!given && active) {
            if (purpose.required()) {
                throw new IllegalArgumentException("A required consent cannot be withdrawn; close the account instead");
            }
            mine.stream().filter(c -> c.purpose().equals(purpose.name()) && c.withdrawnAt() == null)
                    .forEach(c -> {
                        c.withdraw(now);
                        consents.save(c);
                    });
        }
    }

    /** Ends every session of the signed-in person, this one included, on its next request. */
    @Transactional
    public void signOutEverywhere() {
        Account a = own();
        a.signOutEverywhere();
        accounts.save(a);
    }

    /** Closes the signed-in person's account (see {@link Account#close}); they are signed out everywhere. */
    @Transactional
    public void close() {
        Account a = own();
        a.close(clock.instant());
        accounts.save(a);
        Instant now = clock.instant();
        consents.findByAccountId(a.id()).stream().filter(c -> c.withdrawnAt() == null).forEach(c -> {
            c.withdraw(now);
            consents.save(c);
        });
    }

    private Account own() {
        return accounts.findById(currentUser.require().accountId())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No account"));
    }

    private Set<ConsentPurpose> activeConsents(Account a) {
        Set<ConsentPurpose> active = EnumSet.noneOf(ConsentPurpose.class);
        for (Consent c : consents.findByAccountId(a.id())) {
            if (c.withdrawnAt() == null) {
                active.add(ConsentPurpose.valueOf(c.purpose()));
            }
        }
        return active;
    }
}
