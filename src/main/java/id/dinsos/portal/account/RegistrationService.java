package id.dinsos.portal.account;

import id.dinsos.portal.shared.SingleUseTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.notification.MailOutbox;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.identity.IdentityValidation;
import id.dinsos.portal.shared.identity.Nik;
import id.dinsos.portal.shared.identity.PhoneNumber;

/**
 * Citizens' self-registration and e-mail verification. One NIK, one account; one e-mail, one account.
 * The verification mail is queued in the same transaction as the account (it is sent only if the
 * account exists, and never lost if it does).
 */
@Service
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);
    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);

    private final Accounts accounts;
    private final Consents consents;
    private final AccountTokens tokens;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final MailOutbox outbox;
    private final Regions regions;
    private final OfficeService office;
    private final Clock clock;
    private final String baseUrl;

    RegistrationService(Accounts accounts, Consents consents, AccountTokens tokens, PasswordPolicy passwordPolicy,
                        PasswordEncoder passwordEncoder, MailOutbox outbox, Regions regions, OfficeService office,
                        Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.accounts = accounts;
        this.consents = consents;
        this.tokens = tokens;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.outbox = outbox;
        this.regions = regions;
        this.office = office;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Registers a citizen and queues the verification e-mail in the person's language.
     *
     * @return the new account's id
     * @throws FormRejectedException with every problem found, field by field
     */
    @Transactional
    public long register(Registration form, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = form.fullName() == null ? "" : form.fullName().strip().replaceAll("\\s+", " ");
        if (name.length() < 2 || name.length() > 200) {
            problems.add(new FieldProblem("fullName", "validation.name.required"));
        }
        LocalDate today = LocalDate.now(clock.withZone(office.profile().hours().zone()));
        IdentityValidation.Check<Nik> nik = IdentityValidation.checkNik(form.nik(), today);
        if (!nik.isValid()) {
            problems.add(new FieldProblem("nik", nik.messageKey(), nik.messageArgs()));
        } else if (accounts.existsByNik(nik.value().value())) {
            problems.add(new FieldProblem("nik", "validation.nik.taken"));
        }
        String email = normaliseEmail(form.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            problems.add(new FieldProblem("email", "validation.email.format"));
        } else if (accounts.existsByEmail(email)) {
            problems.add(new FieldProblem("email", "validation.email.taken"));
        }
        IdentityValidation.Check<PhoneNumber> phone = IdentityValidation.checkPhone(form.phone());
        if (!phone.isValid()) {
            problems.add(new FieldProblem("phone", phone.messageKey(), phone.messageArgs()));
        }
        boolean inArea = form.regionCode() != null && !form.regionCode().isBlank();
        if (inArea) {
            if (regions.region(form.regionCode()).filter(Regions.Region::isVillage).isEmpty()) {
                problems.add(new FieldProblem("region", "validation.region.required"));
            }
            if (form.addressLine() == null || form.addressLine().isBlank()) {
                problems.add(new FieldProblem("addressLine", "validation.address.required"));
            }
        } else if (form.addressOutside() == null || form.addressOutside().strip().length() < 10) {
            problems.add(new FieldProblem("addressOutside", "validation.address.required"));
        }
        List<String> personal = new ArrayList<>(List.of(email.contains("@") ? email.substring(0, email.indexOf('@')) : email,
                form.nik() == null ? "" : form.nik()));
        personal.addAll(List.of(name.split(" ")));
        Optional<String> passwordProblem = passwordPolicy.check(form.password() == null ? "" : form.password(), personal);
        passwordProblem.ifPresent(key -> problems.add(new FieldProblem("password", key, PasswordPolicy.MIN_LENGTH)));
        if (form.password() != null && !form.password().equals(form.passwordRepeat())) {
            problems.add(new FieldProblem("passwordRepeat", "validation.password.repeat"));
        }
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (purpose.required() && !form.consents().contains(purpose)) {
                problems.add(new FieldProblem("consent." + purpose.name(), "validation.consent.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }

        Instant now = clock.instant();
        Account account;
        try {
            account = accounts.save(Account.citizen(name, email, nik.value().value(), phone.value().e164(),
                    inArea ? form.regionCode() : null, inArea ? form.addressLine().strip() : null,
                    inArea ? null : form.addressOutside().strip(), passwordEncoder.encode(form.password()), now));
        } catch (DataIntegrityViolationException e) {
            // Two registrations of the same NIK or e-mail at once: the unique keys decide.
            throw new FormRejectedException(List.of(new FieldProblem("nik", "validation.account.taken")));
        }
        for (ConsentPurpose purpose : form.consents()) {
            consents.save(Consent.given(account.id(), purpose, now));
        }
        String token = SingleUseTokens.newToken();
        tokens.save(AccountToken.issue(account.id(), AccountToken.Purpose.VERIFY_EMAIL, SingleUseTokens.hash(token), now,
                now.plus(VERIFICATION_VALIDITY)));
        outbox.enqueue(email, "verify-email", locale, Map.of(
                "name", name,
                "link", baseUrl + "/akun/verifikasi-email?token=" + token,
                "expiresInHours", VERIFICATION_VALIDITY.toHours()));
        log.info("Registered citizen account {}", account.id());
        return account.id();
    }

    /**
     * Confirms an e-mail address from the link in the verification mail.
     *
     * @return true when the link was valid (unused, not expired); false otherwise, without saying why
     */
    @Transactional
    public boolean verifyEmail(String token) {
        Instant now = clock.instant();
        Optional<AccountToken> found = tokens.findByTokenSha256(SingleUseTokens.hash(token));
        if (found.isEmpty() || !found.get().usableAt(now, AccountToken.Purpose.VERIFY_EMAIL)) {
            return false;
        }
        AccountToken used = found.get();
        used.use(now);
        tokens.save(used);
        Account account = accounts.findById(used.accountId()).orElseThrow();
        account.verifyEmail(now);
        accounts.save(account);
        return true;
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
